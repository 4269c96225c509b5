#!/usr/bin/env bash
# The script of the targetspec GitHub Action (action.yml): validates a project's target files once per
# rustc profile and writes one SARIF file with a run per profile, for code scanning.
# Environment (each may be empty):
#   TARGETSPEC_PATHS     files or folders to validate, separated by spaces or newlines (default: the registry)
#   TARGETSPEC_RUSTC     rustc profiles, one per line or separated by commas; each run passes --rustc PROFILE
#   TARGETSPEC_REGISTRY  the registry folder (--registry)
#   TARGETSPEC_SARIF     where to write the SARIF file (default: targetspec.sarif)
#   TARGETSPEC_CATEGORY  the code-scanning category; each run's is CATEGORY/PROFILE/ (default: targetspec)
#   TARGETSPEC_DEFER_EXIT  if "true", exit 0 and leave the verdict in the exit-code output for a later step
# Outputs (to $GITHUB_OUTPUT when set): sarif, exit-code. Findings are also printed as annotations.
# Exit code: 0 all valid, 1 some file invalid, 2 usage or I/O error (as targetspec validate).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
ts="${TARGETSPEC:-$here/../bin/targetspec}"
command -v jq >/dev/null || { echo "::error::targetspec action: jq is needed (Debian package jq)" >&2; exit 2; }
sarif="${TARGETSPEC_SARIF:-targetspec.sarif}"
category="${TARGETSPEC_CATEGORY:-targetspec}"

read -r -a paths <<<"$(printf '%s' "${TARGETSPEC_PATHS:-}" | tr '\n' ' ')"
mapfile -t profiles < <(printf '%s' "${TARGETSPEC_RUSTC:-}" | tr ',' '\n' | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' | grep -v '^$' || true)
[ "${#profiles[@]}" -gt 0 ] || profiles=("")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
worst=0
i=0
for profile in "${profiles[@]}"; do
  args=(validate --format sarif)
  [ -z "$profile" ] || args+=(--rustc "$profile")
  [ -z "${TARGETSPEC_REGISTRY:-}" ] || args+=(--registry "$TARGETSPEC_REGISTRY")
  args+=("${paths[@]}")
  code=0
  "$ts" "${args[@]}" >"$work/run-$i.sarif" 2>"$work/err-$i.txt" || code=$?
  if [ "$code" -ge 2 ] || ! jq -e '.runs' "$work/run-$i.sarif" >/dev/null 2>&1; then
    echo "::error::targetspec validate${profile:+ --rustc $profile}: $(head -1 "$work/err-$i.txt")" >&2
    cat "$work/err-$i.txt" >&2
    exit 2
  fi
  [ "$code" -le "$worst" ] || worst=$code
  # Each run gets its own category, so code scanning keeps one analysis per profile.
  id="$category/${profile:-default}/"
  jq --arg id "$id" --arg profile "$profile" '.runs |= map(.automationDetails = {id: $id}
      | if $profile == "" then . else .properties = {rustc: $profile} end)' "$work/run-$i.sarif" >"$work/tagged-$i.sarif"
  # Annotations on the changed lines of a pull request.
  jq -r --arg p "${profile:+ [$profile]}" '.runs[].results[] | "::\(if .level == "error" then "error" elif .level == "warning" then "warning" else "notice" end) file=\(.locations[0].physicalLocation.artifactLocation.uri),line=\(.locations[0].physicalLocation.region.startLine),col=\(.locations[0].physicalLocation.region.startColumn),title=targetspec \(.ruleId)\($p)::\(.message.text)"' \
    "$work/tagged-$i.sarif"
  i=$((i + 1))
done

jq -s '{"$schema": .[0]["$schema"], version: .[0].version, runs: [.[].runs[]]}' "$work"/tagged-*.sarif >"$sarif"
results=$(jq '[.runs[].results | length] | add' "$sarif")
echo "targetspec: ${#profiles[@]} run(s), $results finding(s), SARIF in $sarif" >&2
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "sarif=$sarif"; echo "exit-code=$worst"; } >>"$GITHUB_OUTPUT"
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  { echo "### targetspec"; echo; echo "| profile | files with findings | findings |"; echo "|---|---:|---:|"
    jq -r '.runs[] | "| \(.properties.rustc // "default") | \([.results[].locations[0].physicalLocation.artifactLocation.uri] | unique | length) | \(.results | length) |"' "$sarif"
  } >>"$GITHUB_STEP_SUMMARY"
fi
[ "${TARGETSPEC_DEFER_EXIT:-false}" = true ] && exit 0
exit "$worst"
