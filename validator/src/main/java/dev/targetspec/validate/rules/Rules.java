package dev.targetspec.validate.rules;

import dev.targetspec.profile.Profile;
import dev.targetspec.validate.Rule;
import java.util.List;

/** Every semantic rule, in the order they run. */
public final class Rules {
    /**
     * Ids of the diagnostics made before any rule runs: reading the JSON, resolving inheritance,
     * loading the registry, and the JSON Schema.
     */
    public static final List<String> PRE_RULE_IDS = List.of("json-syntax", "json-duplicate-key", "json-limit",
            "inherits-missing", "inherits-cycle", "inherits-overlay", "registry-duplicate-triple", "schema");

    private Rules() {
    }

    /** Every rule, judging as the rustc of {@code profile} does. */
    public static List<Rule> all(Profile profile) {
        return List.of(
                new TripleMatchesFile(),
                new TripleComponents(),
                new LlvmTargetArch(),
                new DataLayoutEndian(),
                new DataLayoutPointerWidth(),
                new NonePanicAbort(),
                new VariantBootProtocol(),
                new VariantObjectFormat(),
                new RustcIsLikeFlags(),
                new RustcLinkerFlavor(),
                new RustcLinkArgs(),
                new RustcCrtObjectsFallback(),
                new RustcVendorOs(),
                new RustcCrtStatic(),
                new RustcLlvmAbiname(),
                new RustcArmFloatAbi(),
                new RustcAbiArch(profile),
                new RustcAbiCombination(profile),
                new RustcFeatures(),
                new RustcLinkEnv(),
                new RustcMinGlobalAlign(),
                new RustcEntryAbi(),
                new RustcCallAbi(profile),
                new RustcAppleTarget(),
                new RustcCodegenBackend(profile),
                new LlvmCString(profile),
                new LlvmArgs(profile),
                new RustcDataLayoutSyntax(),
                new RustcPointerWidth(),
                new RustcIntegerWidths(),
                new RustcIntegerRange(profile),
                new LlvmDataLayout(),
                new RustcLlvmTarget(profile),
                new RustcMapKeys(),
                new RustcSmallDataThreshold(),
                new RustcSplitDebuginfo(),
                new LlvmCodeModel(profile),
                new LlvmStackProbes(profile),
                new LlvmObjectFormat(profile),
                new LlvmFeatureConflict(),
                new LlvmFeatureArch(profile),
                new RustcDefaultSanitizers(),
                new LlvmSanitizerTarget(),
                new KnownCpu(profile),
                new LlvmFatalCpu(profile),
                new KnownFeatures(profile),
                new LayoutAddress(),
                new LayoutName(),
                new LayoutAlignment(),
                new LayoutRegions(),
                new LayoutBootHeader(),
                new LayoutCodeModel(),
                new LayoutGrubPhysical(),
                new LayoutChip(),
                new LayoutChipCore(),
                new LayoutChipFpu(),
                new LayoutMemoryX(),
                new ProposalMaintainers(),
                new ProposalName(),
                new ProposalNameCollision(),
                new ProposalDescription(),
                new ProposalDocs(),
                new ProposalLicense(),
                new ProposalProprietary(),
                new LinkerNames(),
                new PlainText());
    }
}
