package dev.targetspec.validate.rules;

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

    public static List<Rule> all() {
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
                new RustcAbiArch(),
                new RustcFeatures(),
                new RustcLinkEnv(),
                new RustcMinGlobalAlign(),
                new RustcEntryAbi(),
                new RustcDataLayoutSyntax(),
                new RustcPointerWidth(),
                new RustcIntegerWidths(),
                new RustcIntegerRange(),
                new LlvmDataLayout(),
                new RustcLlvmTarget(),
                new RustcMapKeys(),
                new LlvmCodeModel(),
                new KnownCpu(),
                new KnownFeatures(),
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
