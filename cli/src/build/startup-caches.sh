#!/usr/bin/env bash
# Records what makes a cold start fast, by running the packaged jar once on the registry:
#   targetspec.jsa  a class-data archive (AppCDS) for the JDK that runs the build (17 or newer);
#   targetspec.aot  an AOT cache (classes loaded and linked, method profiles) for a JDK 25 or newer,
#                   if there is one (see bin/lib/jdk.sh), with targetspec.aot.stamp naming that JDK.
# bin/targetspec uses the AOT cache only if its stamp names the JDK it found and the cache has the
# jar's exact modification time: a JDK 25 does not reject a cache recorded for another jar.
# Usage: startup-caches.sh TARGET_DIR JAVA REGISTRY
set -euo pipefail
target="$1" java="$2" registry="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$target/targetspec.jar"
flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
train=(validate --registry "$registry")

rm -f "$target/targetspec.jsa" "$target/targetspec.aot" "$target/targetspec.aot.stamp" "$target/targetspec.aot.config"
"$java" -XX:ArchiveClassesAtExit="$target/targetspec.jsa" "${flags[@]}" -Xlog:disable -Xlog:all=error:stderr \
  -jar "$jar" "${train[@]}" >/dev/null || [ $? -eq 1 ]

. "$here/../../../bin/lib/jdk.sh"
unset JAVA_TOOL_OPTIONS
if find_jdk25; then
  # One training run; the JVM then assembles the cache in a second process (JEP 514).
  "$jdk25/bin/java" -XX:AOTCacheOutput="$target/targetspec.aot" "${flags[@]}" -Xlog:disable -Xlog:all=error:stderr \
    -jar "$jar" "${train[@]}" >/dev/null || [ $? -eq 1 ]
  touch -r "$jar" "$target/targetspec.aot"
  printf '%s\n%s\n' "$jdk25" "$jdk25_version" >"$target/targetspec.aot.stamp"
  echo "startup caches: targetspec.jsa ($("$java" -version 2>&1 | head -1)), targetspec.aot ($jdk25_version)"
else
  echo "startup caches: targetspec.jsa ($("$java" -version 2>&1 | head -1)); no JDK 25 or newer, so no AOT cache"
fi
