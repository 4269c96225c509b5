#!/usr/bin/env bash
# Runs every test of targetspec on a fresh machine: installs what the tests need and is missing,
# then runs the whole Maven build with its unit, CLI and toolchain tests.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"

# What the tests run, and the Debian package that provides it. A path stands for files a package
# installs without a command. Java 17, Maven and rustc 1.95 (rustup) are expected on the machine.
needs=(
  "mvn:maven"
  "readelf:binutils"
  "ld.lld:lld"
  "clang:clang"
  "gcc:gcc"
  "arm-none-eabi-gcc:gcc-arm-none-eabi"
  "clang-22:clang-22"
  "llvm-nm:llvm"
  "llvm-nm-22:llvm-22"
  "aarch64-linux-gnu-ld:binutils-aarch64-linux-gnu"
  "riscv64-linux-gnu-ld:binutils-riscv64-linux-gnu"
  "arm-none-eabi-ld:binutils-arm-none-eabi"
  "grub-file:grub-common"
  "/usr/lib/grub/i386-pc:grub-pc-bin"
  "xorriso:xorriso"
  "mformat:mtools"
  "qemu-system-x86_64:qemu-system-x86"
  "qemu-system-aarch64:qemu-system-arm"
  "qemu-system-riscv64:qemu-system-misc"
  "chromium:chromium"
  "chromedriver:chromium-driver"
  "nvim:neovim"
  "pre-commit:pre-commit"
  "git:git"
  "jq:jq"
)
missing=()
for pair in "${needs[@]}"; do
  what="${pair%%:*}"
  if [ "${what#/}" != "$what" ]; then
    [ -e "$what" ] || missing+=("${pair#*:}")
  else
    command -v "$what" >/dev/null 2>&1 || missing+=("${pair#*:}")
  fi
done
command -v rustc >/dev/null 2>&1 || { echo "run-all: rustc 1.95 is needed (rustup toolchain 1.95)" >&2; exit 2; }
if [ "${#missing[@]}" -gt 0 ]; then
  echo "run-all: installing ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

export RUSTC_BOOTSTRAP=1
exec mvn -B -ntp verify "$@"
