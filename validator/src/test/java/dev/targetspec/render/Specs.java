package dev.targetspec.render;

import dev.targetspec.spec.Inheritance;
import dev.targetspec.spec.SpecLoader;
import dev.targetspec.spec.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Targets for tests, written in the registry shape. The rustc members are the fields of rustc
 * 1.95's own specs (rustc --print target-spec-json) that the renderers read.
 */
public final class Specs {
    private Specs() {
    }

    /** A target named {@code triple} with {@code rustc} (a JSON object body) and optional extra members. */
    public static Target target(String triple, String rustc, String extra) {
        String doc = "{\"$schema\":\"x\",\"triple\":\"" + triple + "\",\"metadata\":{\"status\":\"builtin\"},"
                + "\"rustc\":{" + rustc + "}" + (extra.isEmpty() ? "" : "," + extra) + "}";
        try {
            return Inheritance.resolve(List.of(SpecLoader.parse(Path.of(triple + ".json"),
                    doc.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new IllegalArgumentException(doc, e);
        }
    }

    public static Target target(String triple, String rustc) {
        return target(triple, rustc, "");
    }

    public static Target x86_64UnknownNone() {
        return target("x86_64-unknown-none", "\"arch\":\"x86_64\",\"llvm-target\":\"x86_64-unknown-none-elf\","
                + "\"features\":\"-mmx,-sse,-sse2,-sse3,-ssse3,-sse4.1,-sse4.2,-avx,-avx2,+soft-float\","
                + "\"cpu\":\"x86-64\",\"max-atomic-width\":64,\"stack-probes\":{\"kind\":\"inline\"},"
                + "\"rustc-abi\":\"softfloat\",\"disable-redzone\":true,\"target-pointer-width\":64,"
                + "\"relocation-model\":\"pic\",\"position-independent-executables\":true");
    }

    public static Target x86_64LinuxGnu() {
        return target("x86_64-unknown-linux-gnu", "\"arch\":\"x86_64\",\"cpu\":\"x86-64\",\"env\":\"gnu\","
                + "\"llvm-target\":\"x86_64-unknown-linux-gnu\",\"max-atomic-width\":64,\"os\":\"linux\","
                + "\"stack-probes\":{\"kind\":\"inline\"},\"target-pointer-width\":64,\"default-uwtable\":true");
    }

    public static Target x86_64LinuxMusl() {
        return target("x86_64-unknown-linux-musl", "\"arch\":\"x86_64\",\"cpu\":\"x86-64\",\"env\":\"musl\","
                + "\"llvm-target\":\"x86_64-unknown-linux-musl\",\"max-atomic-width\":64,\"os\":\"linux\","
                + "\"stack-probes\":{\"kind\":\"inline\"},\"target-pointer-width\":64");
    }

    public static Target x86_64LinuxNone() {
        return target("x86_64-unknown-linux-none", "\"arch\":\"x86_64\",\"cpu\":\"x86-64\","
                + "\"llvm-target\":\"x86_64-unknown-linux-none\",\"max-atomic-width\":64,\"os\":\"linux\","
                + "\"stack-probes\":{\"kind\":\"inline\"},\"target-pointer-width\":64");
    }

    public static Target thumbv6mNoneEabi() {
        return target("thumbv6m-none-eabi", "\"arch\":\"arm\",\"llvm-target\":\"thumbv6m-none-eabi\","
                + "\"features\":\"+strict-align,+atomics-32\",\"abi\":\"eabi\",\"llvm-floatabi\":\"soft\","
                + "\"atomic-cas\":false,\"max-atomic-width\":32,\"target-pointer-width\":32");
    }

    public static Target thumbv7emNoneEabihf() {
        return target("thumbv7em-none-eabihf", "\"arch\":\"arm\",\"llvm-target\":\"thumbv7em-none-eabihf\","
                + "\"features\":\"+vfp4d16sp\",\"abi\":\"eabihf\",\"llvm-floatabi\":\"hard\",\"max-atomic-width\":32,"
                + "\"target-pointer-width\":32");
    }

    public static Target riscv32iNoneElf() {
        return target("riscv32i-unknown-none-elf", "\"arch\":\"riscv32\",\"llvm-target\":\"riscv32\","
                + "\"features\":\"+forced-atomics\",\"cpu\":\"generic-rv32\",\"llvm-abiname\":\"ilp32\","
                + "\"atomic-cas\":false,\"max-atomic-width\":32,\"target-pointer-width\":32");
    }

    public static Target riscv64gcNoneElf() {
        return target("riscv64gc-unknown-none-elf", "\"arch\":\"riscv64\",\"llvm-target\":\"riscv64\","
                + "\"features\":\"+m,+a,+f,+d,+c,+zicsr,+zifencei\",\"cpu\":\"generic-rv64\","
                + "\"llvm-abiname\":\"lp64d\",\"max-atomic-width\":64,\"code-model\":\"medium\","
                + "\"target-pointer-width\":64");
    }

    public static Target aarch64UnknownNone() {
        return target("aarch64-unknown-none", "\"arch\":\"aarch64\",\"llvm-target\":\"aarch64-unknown-none\","
                + "\"features\":\"+v8a,+strict-align,+neon\",\"max-atomic-width\":128,"
                + "\"stack-probes\":{\"kind\":\"inline\"},\"target-pointer-width\":64");
    }

    public static Target aarch64LinuxGnu() {
        return target("aarch64-unknown-linux-gnu", "\"arch\":\"aarch64\",\"env\":\"gnu\",\"os\":\"linux\","
                + "\"llvm-target\":\"aarch64-unknown-linux-gnu\",\"features\":\"+v8a,+outline-atomics\","
                + "\"max-atomic-width\":128,\"stack-probes\":{\"kind\":\"inline\"},\"target-pointer-width\":64");
    }

    public static Target i686WindowsMsvc() {
        return target("i686-pc-windows-msvc", "\"arch\":\"x86\",\"llvm-target\":\"i686-pc-windows-msvc\","
                + "\"cpu\":\"pentium4\",\"binary-format\":\"coff\",\"os\":\"windows\",\"env\":\"msvc\","
                + "\"is-like-windows\":true,\"is-like-msvc\":true,\"max-atomic-width\":64,"
                + "\"rustc-abi\":\"x86-sse2\",\"target-pointer-width\":32");
    }

    public static Target x86_64WindowsMsvc() {
        return target("x86_64-pc-windows-msvc", "\"arch\":\"x86_64\",\"llvm-target\":\"x86_64-pc-windows-msvc\","
                + "\"cpu\":\"x86-64\",\"binary-format\":\"coff\",\"os\":\"windows\",\"env\":\"msvc\","
                + "\"is-like-windows\":true,\"is-like-msvc\":true,\"max-atomic-width\":128,"
                + "\"features\":\"+cmpxchg16b,+sse3,+lahfsahf\",\"target-pointer-width\":64");
    }

    public static Target x86_64AppleDarwin() {
        return target("x86_64-apple-darwin", "\"arch\":\"x86_64\",\"llvm-target\":\"x86_64-apple-macosx10.12.0\","
                + "\"cpu\":\"penryn\",\"binary-format\":\"mach-o\",\"os\":\"macos\",\"vendor\":\"apple\","
                + "\"is-like-darwin\":true,\"max-atomic-width\":128,\"stack-probes\":{\"kind\":\"inline\"},"
                + "\"target-pointer-width\":64");
    }

    public static Target aarch64AppleDarwin() {
        return target("aarch64-apple-darwin", "\"arch\":\"aarch64\",\"llvm-target\":\"arm64-apple-macosx11.0.0\","
                + "\"cpu\":\"apple-m1\",\"binary-format\":\"mach-o\",\"os\":\"macos\",\"vendor\":\"apple\","
                + "\"is-like-darwin\":true,\"max-atomic-width\":128,\"stack-probes\":{\"kind\":\"inline\"},"
                + "\"target-pointer-width\":64");
    }

    public static Target x86_64Uefi() {
        return target("x86_64-unknown-uefi", "\"arch\":\"x86_64\",\"llvm-target\":\"x86_64-unknown-windows\","
                + "\"cpu\":\"x86-64\",\"binary-format\":\"coff\",\"os\":\"uefi\",\"is-like-windows\":true,"
                + "\"is-like-msvc\":true,\"features\":\"-mmx,-sse,+soft-float\",\"rustc-abi\":\"softfloat\","
                + "\"stack-probes\":{\"kind\":\"call\"},\"max-atomic-width\":64,\"disable-redzone\":true,"
                + "\"target-pointer-width\":64");
    }

    /** A Multiboot seed target: x86_64-unknown-none with a boot protocol. */
    public static Target multiboot(String triple, String arch, String protocol) {
        String rustc = arch.equals("x86") ? "\"arch\":\"x86\",\"llvm-target\":\"i686-unknown-none\","
                + "\"cpu\":\"pentium4\",\"features\":\"-mmx,-sse,+soft-float\",\"rustc-abi\":\"softfloat\","
                + "\"max-atomic-width\":64,\"target-pointer-width\":32"
                : "\"arch\":\"x86_64\",\"llvm-target\":\"x86_64-unknown-none-elf\",\"cpu\":\"x86-64\","
                + "\"features\":\"-mmx,-sse,+soft-float\",\"rustc-abi\":\"softfloat\",\"disable-redzone\":true,"
                + "\"max-atomic-width\":64,\"target-pointer-width\":64";
        return target(triple, rustc, "\"boot\":{\"protocol\":\"" + protocol + "\"}");
    }
}
