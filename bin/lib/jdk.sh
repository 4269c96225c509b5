# Finds a JDK 25 or newer without starting a process: JAVA_HOME if it is one, else the newest under
# /usr/lib/jvm. Sets jdk25 (its home, empty if there is none) and jdk25_version (its release's
# JAVA_RUNTIME_VERSION, which names the exact build an AOT cache belongs to). Sourced by bin/targetspec
# and by the build, so both pick the same JDK.
jdk_release_version() { # HOME -> prints nothing; sets jdk_major and jdk_runtime
  jdk_major=0 jdk_runtime=""
  local line
  [ -x "$1/bin/java" ] && [ -f "$1/release" ] || return 1
  while IFS= read -r line; do
    case "$line" in
      JAVA_VERSION=*) line="${line#*=}"; line="${line//\"/}"; jdk_major="${line%%[.+-]*}" ;;
      JAVA_RUNTIME_VERSION=*) line="${line#*=}"; jdk_runtime="${line//\"/}" ;;
    esac
  done <"$1/release"
  case "$jdk_major" in '' | *[!0-9]*) jdk_major=0 ;; esac
  [ -n "$jdk_runtime" ] || jdk_runtime="$jdk_major"
}

find_jdk25() {
  jdk25="" jdk25_version=""
  local home best=0
  if [ -n "${JAVA_HOME:-}" ] && jdk_release_version "$JAVA_HOME" && [ "$jdk_major" -ge 25 ]; then
    jdk25="$JAVA_HOME" jdk25_version="$jdk_runtime"
    return 0
  fi
  for home in /usr/lib/jvm/*; do
    [ -L "$home" ] && continue
    if jdk_release_version "$home" && [ "$jdk_major" -ge 25 ] && [ "$jdk_major" -gt "$best" ]; then
      best="$jdk_major" jdk25="$home" jdk25_version="$jdk_runtime"
    fi
  done
  [ -n "$jdk25" ]
}
