#!/usr/bin/env bash
# Runs every test of targetspec on a fresh machine: installs what the tests need and is missing,
# then runs the whole Maven build with its unit, CLI and toolchain tests.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"

# command → Debian package that provides it.
needs=(
  "mvn:maven"
  "rustc:rustc"
)
missing=()
for pair in "${needs[@]}"; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "run-all: installing ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

export RUSTC_BOOTSTRAP=1
exec mvn -B -ntp verify "$@"
