package dev.targetspec.render.rfc;

import dev.targetspec.spec.Target;
import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The tier-3 requirements of rustc's target tier policy, each answered from a proposed target's
 * spec. A requirement a machine can check is answered by the {@code proposal-*} rules (or, for code
 * generation, by {@link RustcCheck}) and is {@link Status#MET} or {@link Status#NOT_MET}; the rest
 * are {@link Status#TO_CONFIRM}, with what the spec says, for the proposers to confirm by hand.
 * The requirement texts are this tool's summaries of the policy, not quotations of it.
 */
public final class Tier3Checklist {
    /** Where a requirement stands. */
    public enum Status {
        MET("met"), NOT_MET("not met"), TO_CONFIRM("to confirm");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One requirement.
     *
     * @param number      its number in the tier-3 list of the policy
     * @param requirement what it asks, in one sentence
     * @param status      where it stands
     * @param answer      what the spec (or rustc) says about it
     */
    public record Item(int number, String requirement, Status status, String answer) {
    }

    private Tier3Checklist() {
    }

    /**
     * The checklist for {@code target}, given the validator's diagnostics on it (the {@code proposal-*}
     * rules answer most items) and what rustc said about it.
     */
    public static List<Item> of(Target target, List<Diagnostic> diagnostics, RustcCheck.Outcome rustc) {
        Map<String, List<String>> findings = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            if (d.rule().startsWith("proposal-")) {
                findings.computeIfAbsent(d.rule(), k -> new ArrayList<>()).add(d.message());
            }
        }
        List<Item> items = new ArrayList<>();
        List<String> maintainers = strings(target.at("/metadata/maintainers"));
        items.add(checked(1, "The target has named maintainers, on record and reachable by CC.", findings,
                List.of("proposal-maintainers"), maintainers.isEmpty() ? "No maintainers are named."
                        : "Maintainers: " + String.join(", ", maintainers) + "."));
        items.add(checked(2, "The name fits existing targets and the ecosystem, is not confusing, and uses only "
                + "letters, digits, `-` and `_`.", findings, List.of("proposal-name", "proposal-name-collision"),
                "`" + target.triple() + "` uses only the allowed characters and is not within a separator or one "
                        + "letter of a rustc 1.95 built-in. Whether it fits the ecosystem is for reviewers."));
        items.add(new Item(3, "No legal issues or onerous terms (NDAs, CLAs, non-commercial clauses) come with the "
                + "target.", Status.TO_CONFIRM, "The spec cannot say; the proposers confirm it."));
        items.add(checked(4, "Everything added is licensed `MIT OR Apache-2.0`, and no dependency is less "
                + "permissive than Rust's license policy allows.", findings, List.of("proposal-license"),
                "License: " + target.text("/metadata/license").orElse("not stated") + "."));
        List<String> deps = strings(target.at("/metadata/proprietary-dependencies"));
        items.add(checked(5, "Building, linking and code generation do not depend on proprietary libraries.",
                findings, List.of("proposal-proprietary"), target.at("/metadata/proprietary-dependencies").isArray()
                        ? deps.isEmpty() ? "None: the spec states an empty list of proprietary dependencies."
                                : "Proprietary dependencies: " + String.join(", ", deps) + "."
                        : "Not stated."));
        items.add(new Item(6, "As much of `core`, `alloc` and `std` as is reasonable is implemented; stubs are "
                + "allowed.", Status.TO_CONFIRM, target.bool("/metadata/std").map(s -> s
                        ? "The spec claims `std` support." : "The spec claims `core` and `alloc` (no `std`).")
                        .orElse("The spec does not say which libraries are supported.")));
        items.add(checked(7, "There is documentation on building for the target (cross-compiling where possible) "
                + "and on running its binaries and tests, with emulation where possible.", findings,
                List.of("proposal-docs", "proposal-description"),
                target.text("/metadata/testing").map(t -> "Testing: " + t).orElse("No testing documentation.")));
        items.add(new Item(8, "The maintainers place no burden on authors of unrelated pull requests (no blocking "
                + "comments or pings).", Status.TO_CONFIRM, "The maintainers agree to this."));
        items.add(new Item(9, "The target breaks no tier 1 or 2 target, and no other tier 3 target without "
                + "approval.", Status.TO_CONFIRM, "The target is a new spec and changes no existing target's spec; "
                        + "reviewers confirm that the implementation changes nothing else."));
        items.add(new Item(10, "The target produces assembly with an upstream rustc backend, from any host.",
                switch (rustc.verdict()) {
                    case ACCEPTED -> Status.MET;
                    case REJECTED -> Status.NOT_MET;
                    case NOT_RUN -> Status.TO_CONFIRM;
                },
                switch (rustc.verdict()) {
                    case ACCEPTED -> "rustc loads the exported JSON and compiles a `#![no_core]` crate to assembly "
                            + "with the LLVM backend (" + rustc.detail() + ").";
                    case REJECTED -> "rustc rejects the exported JSON: " + rustc.detail();
                    case NOT_RUN -> "rustc was not run (" + rustc.detail() + ").";
                }));
        return items;
    }

    /**
     * The validator's errors on a target, each as a requirement not met, numbered 0: the policy's list
     * presumes a spec rustc accepts, and an invalid one is not.
     */
    public static List<Item> validation(List<Diagnostic> diagnostics) {
        List<Item> items = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR && !d.rule().startsWith("proposal-")) {
                items.add(new Item(0, "The spec passes `targetspec validate`.", Status.NOT_MET, "error["
                        + d.rule() + "] at `" + (d.pointer().isEmpty() ? "/" : d.pointer()) + "`: " + d.message()));
            }
        }
        return items;
    }

    /** Whether any requirement a machine checked is not met. */
    public static boolean anyNotMet(List<Item> items) {
        return items.stream().anyMatch(i -> i.status() == Status.NOT_MET);
    }

    private static Item checked(int number, String requirement, Map<String, List<String>> findings, List<String> rules,
            String answer) {
        List<String> problems = new ArrayList<>();
        rules.forEach(r -> problems.addAll(findings.getOrDefault(r, List.of())));
        return problems.isEmpty() ? new Item(number, requirement, Status.MET, answer)
                : new Item(number, requirement, Status.NOT_MET, String.join(" ", problems));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.isString()) {
                out.add(n.asString());
            }
        });
        return out;
    }
}
