#!/usr/bin/env bash
# Whole-process benchmark of targetspec against the local rustc, side by side in one run:
#   1. the whole registry validated in one process, vs rustc loading each built-in spec one by one;
#   2. one spec validated cold, vs rustc loading that one spec;
#   3. registries of 1,000 and 10,000 targets in one process: time and peak memory;
#   4. the language server re-checking an edited file (`targetspec lsp`, driven over its standard streams).
# Needs: Java 17 (a JDK 25 is used when there is one), Maven, rustc, hyperfine, jq and GNU time
# (Debian: hyperfine jq time).
# Usage: bench/run.sh [RUNS]   (RUNS: hyperfine runs per measurement, default 5)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-5}"
for tool in hyperfine jq rustc mvn; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed (Debian package: $tool)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "error: GNU time is needed (Debian package: time)" >&2; exit 2; }
export RUSTC_BOOTSTRAP=1

# The launcher builds the jar and its class-data archive when sources changed; build the generator too.
"$root/bin/targetspec" --version >/dev/null
if [ ! -f "$root/bench/target/benchmarks.jar" ] \
    || [ -n "$(find "$root/bench/src" "$root/bench/pom.xml" -newer "$root/bench/target/benchmarks.jar" -print -quit)" ]; then
  mvn -q -B -f "$root/pom.xml" -Pbench -pl bench -am -DskipTests package >&2
fi
ts="$root/bin/targetspec"
# The JVM the launcher runs (a JDK 25 or newer if there is one), for the JVM's own share of a cold run.
. "$root/bin/lib/jdk.sh"
jvm=java
if find_jdk25; then jvm="$jdk25/bin/java"; fi
# The launcher's JVM options, for the JVM-only row (huge pages where the kernel gives them on request).
jvm_flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData"
! grep -qF '[madvise]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || jvm_flags+=" -XX:+UseTransparentHugePages"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# The built-ins as rustc target JSON files, exported by targetspec.
"$ts" render --all --artifact rustc-json -o export >/dev/null 2>&1 || true
mkdir builtins
for f in "$root"/targets/rustc/*.json; do cp "export/$(basename "$f")" builtins/; done
n_builtins=$(ls builtins | wc -l)
# A custom target as a user writes one: a plain rustc file under its own name (so it extends no built-in).
cp builtins/x86_64-unknown-none.json my-target.json
one="my-target.json"
rustc_all="for f in $work/builtins/*.json; do rustc -Z unstable-options --print target-spec-json --target \$f >/dev/null; done"

for n in 1000 10000; do
  java -cp "$root/bench/target/benchmarks.jar" dev.targetspec.bench.GenerateRegistry "$root/targets" "reg-$n" "$n" >/dev/null
done
# The registry's targets, as validation counts them (not the chip database's files).
n_registry=$("$ts" validate --registry "$root/targets" 2>/dev/null | sed -n 's/^\([0-9]*\) files\{0,1\}:.*/\1/p' || true)

hyperfine -N --warmup 1 --runs "$runs" --export-json cold.json -i \
  -n "targetspec: one spec, cold" "$ts validate $one" \
  -n "rustc: one spec" "rustc -Z unstable-options --print target-spec-json --target $one" \
  -n "java: JVM start only" "$jvm $jvm_flags -version" \
  -n "targetspec: validate, no such file" "$ts validate no-such-file.json" >&2
hyperfine --warmup 1 --runs "$runs" --export-json all.json -i \
  -n "targetspec: whole registry, one process" "$ts validate --registry $root/targets" \
  -n "targetspec: the $n_builtins exported built-ins, one process" "$ts validate --registry $root/targets builtins" \
  -n "rustc: each built-in, one process per spec" "$rustc_all" >&2
hyperfine -N --warmup 1 --runs "$runs" --export-json scale.json -i \
  -n "$n_registry" "$ts validate --registry $root/targets" \
  -n "1000" "$ts validate --registry reg-1000" \
  -n "10000" "$ts validate --registry reg-10000" >&2

# The language server: a warm re-check of an edited file, many edits in one session.
lsp="$(java -cp "$root/bench/target/benchmarks.jar" dev.targetspec.bench.LspRecheck 200 "$one" "$ts" lsp)"

mean() { jq -r --arg n "$2" '.results[] | select(.command == $n) | .mean' "$1"; }
sd() { jq -r --arg n "$2" '.results[] | select(.command == $n) | .stddev' "$1"; }
# Peak resident memory in KiB; the command's own exit code does not matter here.
peak() { /usr/bin/time -f '%M' -o "$work/peak" "$@" >/dev/null 2>&1 || true; tail -1 "$work/peak"; }

echo
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; $("$jvm" -version 2>&1 | head -1); $(rustc --version)"
echo "Load average (1, 5, 15 min) before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Each time is the mean of $runs runs (hyperfine), measured side by side in this run."
echo
c_ts=$(mean cold.json "targetspec: one spec, cold"); c_rs=$(mean cold.json "rustc: one spec")
a_ts=$(mean all.json "targetspec: whole registry, one process")
a_tb=$(mean all.json "targetspec: the $n_builtins exported built-ins, one process")
a_rs=$(mean all.json "rustc: each built-in, one process per spec")
awk -v cts="$c_ts" -v crs="$c_rs" -v ats="$a_ts" -v atb="$a_tb" -v ars="$a_rs" -v nb="$n_builtins" -v nr="$n_registry" 'BEGIN {
  printf "| measurement | targetspec | rustc | ratio |\n|---|---:|---:|---:|\n"
  printf "| whole registry (%d targets) in one process vs rustc loading each of the %d built-ins | %.2f s | %.2f s | %.1fx faster |\n", nr, nb, ats, ars, ars/ats
  printf "| the %d exported built-ins (plain rustc files) in one process vs rustc on each | %.2f s | %.2f s | %.1fx faster |\n", nb, atb, ars, ars/atb
  printf "| one spec, cold process | %.0f ms | %.0f ms | %.1fx rustc |\n", cts*1000, crs*1000, cts/crs
}'
echo
echo "Where a cold single-spec run goes (each a whole process, same run):"
echo
c_jvm=$(mean cold.json "java: JVM start only"); c_cli=$(mean cold.json "targetspec: validate, no such file")
awk -v jvm="$c_jvm" -v cli="$c_cli" -v cts="$c_ts" 'BEGIN {
  printf "| part | time |\n|---|---:|\n"
  printf "| the JVM starting and stopping (`java -version` of the JVM the launcher runs) | %.0f ms |\n", jvm*1000
  printf "| the launcher script and the command line, picocli (`validate no-such-file.json`, less the JVM) | %.0f ms |\n", (cli-jvm)*1000
  printf "| reading and checking the spec: JSON, schema, rules (the cold run, less the one above) | %.0f ms |\n", (cts-cli)*1000
}'
echo
echo "| targets in one run | time | per target | peak memory |"
echo "|---:|---:|---:|---:|"
for n in "$n_registry" 1000 10000; do
  case "$n" in "$n_registry") reg="$root/targets";; *) reg="reg-$n";; esac
  t=$(mean scale.json "$n"); s=$(sd scale.json "$n")
  kb=$(peak "$ts" validate --registry "$reg")
  [ "$n" != 10000 ] || m10k="$kb"
  awk -v n="$n" -v t="$t" -v s="$s" -v kb="$kb" 'BEGIN { printf "| %d | %.2f s ± %.2f | %.0f µs | %.0f MiB |\n", n, t, s, t/n*1e6, kb/1024 }'
done
echo
read -r _ first _ med _ p90 _ max <<<"$lsp"
echo "Language server, $one edited 200 times in one session: first check $first ms (the server warm from the"
echo "start); re-check of an edit, from the change sent to its diagnostics received: median $med ms, 90th percentile $p90 ms, largest $max ms."
echo
c_ratio=$(awk -v a="$c_ts" -v b="$c_rs" 'BEGIN { printf "%.1f", a/b }')
a_ratio=$(awk -v a="$a_ts" -v b="$a_rs" 'BEGIN { printf "%.1f", b/a }')
t10k=$(mean scale.json 10000)
echo "Targets: one cold spec ${c_ratio}x rustc (at most 8x); whole registry ${a_ratio}x faster than rustc (at least 12x);"
echo "10,000 targets $(awk -v t="$t10k" 'BEGIN { printf "%.2f", t }') s and $(awk -v k="$m10k" 'BEGIN { printf "%.0f", k/1024 }') MiB (at most 3 s and 512 MiB); LSP re-check median $med ms (at most 20 ms)."
