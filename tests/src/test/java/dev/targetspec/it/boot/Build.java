package dev.targetspec.it.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.targetspec.render.Artifact;
import dev.targetspec.render.RenderContext;
import dev.targetspec.render.catalog.Artifacts;
import dev.targetspec.spec.layout.Address;
import dev.targetspec.spec.layout.Layout;
import dev.targetspec.spec.layout.LayoutReader;
import dev.targetspec.spec.layout.Region;
import dev.targetspec.spec.layout.Section;
import dev.targetspec.spec.layout.Stack;
import dev.targetspec.spec.Target;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Compiles, links and boots the test programs. */
final class Build {
    /** The two linkers every script must work with. */
    enum Linker {
        GNU, LLD
    }

    static final Path RESOURCES = Tools.root().resolve("tests/src/test/resources/boot");

    private final Path dir;
    private final Target target;

    Build(Path dir, Target target) {
        this.dir = dir;
        this.target = target;
    }

    Path dir() {
        return dir;
    }

    Layout layout() {
        LayoutReader.Reading r = LayoutReader.read(target);
        assertTrue(r.problems().isEmpty(), () -> "layout problems: " + r.problems());
        return r.layout().orElseThrow();
    }

    /** Renders {@code renderer} for the target into the build directory. */
    Path render(String renderer) throws Exception {
        return Tools.render(Artifacts.named(renderer).orElseThrow(), target, dir);
    }

    /**
     * The clang flags the cflags artifact renders for the target, exactly as
     * {@code targetspec render TARGET --artifact cflags --format clang} prints them.
     */
    List<String> cflags() throws Exception {
        Artifact cflags = Artifacts.named("cflags").orElseThrow();
        String line = cflags.render(target, cflags.format("clang").orElseThrow(), new RenderContext(Tools.PROVENANCE));
        return List.of(line.strip().split(" "));
    }

    /**
     * Compiles or assembles {@code source} (relative to the test resources) with clang and the rendered
     * flags; {@code flags} adds only what is the test's own: defines.
     */
    Path clang(String source, String... flags) throws Exception {
        Path src = source.startsWith("/") ? Path.of(source) : RESOURCES.resolve(source);
        Path out = dir.resolve(src.getFileName().toString().replaceAll("\\.[cS]$", "") + ".o");
        List<String> cmd = new ArrayList<>(List.of("clang"));
        cmd.addAll(cflags());
        cmd.addAll(List.of("-O2", "-c", src.toString(), "-o", out.toString()));
        cmd.addAll(List.of(flags));
        Tools.run(dir, 120, cmd).ok();
        return out;
    }

    /**
     * Compiles {@code source} with clang for {@code clangTarget} and only the given flags, for a board
     * whose CPU and float ABI the test names itself.
     */
    Path clangFor(String clangTarget, String source, String... flags) throws Exception {
        Path src = source.startsWith("/") ? Path.of(source) : RESOURCES.resolve(source);
        Path out = dir.resolve(src.getFileName().toString().replaceAll("\\.[cS]$", "") + ".o");
        List<String> cmd = new ArrayList<>(List.of("clang", "--target=" + clangTarget, "-ffreestanding", "-fno-pic",
                "-fno-stack-protector", "-O2", "-c", src.toString(), "-o", out.toString()));
        cmd.addAll(List.of(flags));
        Tools.run(dir, 120, cmd).ok();
        return out;
    }

    /**
     * Compiles {@code source} with {@code gcc} (a command) and the GCC flags the cflags artifact renders,
     * exactly as {@code --format gcc} prints them; {@code flags} adds the test's defines.
     */
    Path gcc(String gcc, String source, String... flags) throws Exception {
        Artifact cflags = Artifacts.named("cflags").orElseThrow();
        String line = cflags.render(target, cflags.format("gcc").orElseThrow(), new RenderContext(Tools.PROVENANCE));
        Path src = RESOURCES.resolve(source);
        Path out = dir.resolve(src.getFileName().toString().replaceAll("\\.[cS]$", "") + "-gcc.o");
        List<String> cmd = new ArrayList<>(List.of(gcc));
        cmd.addAll(List.of(line.strip().split(" ")));
        cmd.addAll(List.of("-O2", "-c", src.toString(), "-o", out.toString()));
        cmd.addAll(List.of(flags));
        Tools.run(dir, 120, cmd).ok();
        return out;
    }

    /** Assembles a rendered file with GNU as. */
    Path as(String as, Path source, String... flags) throws Exception {
        Path out = dir.resolve(source.getFileName().toString().replaceAll("\\.S$", "") + ".o");
        List<String> cmd = new ArrayList<>(List.of(as));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-o", out.toString(), source.toString()));
        Tools.run(dir, 60, cmd).ok();
        return out;
    }

    /** The linker's command line for {@code objects} with {@code script}. */
    List<String> linkCommand(Linker linker, String gnuLd, List<String> gnuFlags, Path script, Path out,
            List<Path> objects) {
        List<String> cmd = new ArrayList<>();
        if (linker == Linker.GNU) {
            cmd.add(gnuLd);
            cmd.addAll(gnuFlags);
            cmd.add("--fatal-warnings");
        } else {
            cmd.add("ld.lld");
        }
        cmd.addAll(List.of("-static", "-T", script.toString(), "-o", out.toString()));
        objects.forEach(o -> cmd.add(o.toString()));
        return cmd;
    }

    Path link(Linker linker, String gnuLd, List<String> gnuFlags, Path script, List<Path> objects) throws Exception {
        Path out = dir.resolve(target.triple() + "-" + linker.name().toLowerCase() + ".elf");
        Tools.run(dir, 60, linkCommand(linker, gnuLd, gnuFlags, script, out, objects)).ok();
        return out;
    }

    /** Writes the target JSON rustc reads: the resolved `rustc` member plus rustc's `metadata`. */
    Path exportRustcJson() throws IOException {
        ObjectNode json = target.rustc().deepCopy();
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        meta.set("description", target.at("/metadata/description").isString() ? target.at("/metadata/description")
                : JsonNodeFactory.instance.nullNode());
        meta.set("tier", target.at("/metadata/tier").isIntegralNumber() ? target.at("/metadata/tier")
                : JsonNodeFactory.instance.nullNode());
        meta.put("host_tools", false);
        meta.put("std", false);
        json.set("metadata", meta);
        Path out = dir.resolve(target.triple() + ".json");
        Files.writeString(out, json.toPrettyString());
        return out;
    }

    // ---------------------------------------------------------------- checks

    /** Checks that the linked file matches the layout: entry, section places, load addresses, stack. */
    void checkLayout(Elf elf) {
        Layout l = layout();
        String name = elf.file().getFileName().toString();
        assertEquals("EXEC", elf.type(), name + " is not a static executable");
        assertEquals(elf.symbol(l.entrySymbol()), elf.entry(), name + ": the entry is not " + l.entrySymbol());
        assertTrue(!elf.hasSegment("INTERP") && !elf.hasSegment("DYNAMIC"), name + " has an interpreter or is dynamic");
        BigInteger previous = BigInteger.ZERO;
        for (Section s : l.sections()) {
            var found = elf.section(s.name());
            if (found.isEmpty() || found.get().size().signum() == 0 && !s.nobits()) {
                continue;
            }
            Elf.Section e = found.get();
            String what = name + ": " + s.name() + " at 0x" + e.addr().toString(16);
            assertEquals(BigInteger.ZERO, e.addr().mod(s.align()), what + " is not aligned to " + s.align());
            assertTrue(e.addr().compareTo(previous) >= 0, what + " is out of layout order");
            previous = e.addr();
            String base = "__" + s.name().replaceFirst("^\\.+", "").replace('.', '_');
            assertEquals(e.addr(), elf.symbol(base + "_start"), what + ": wrong " + base + "_start");
            if (e.size().signum() == 0) {
                continue;
            }
            BigInteger phys = elf.physical(e.addr());
            if (l.usesRegions()) {
                Region r = l.region(s.region().orElseThrow()).orElseThrow();
                assertTrue(r.origin().compareTo(e.addr()) <= 0 && e.addr().add(e.size()).compareTo(r.end()) <= 0,
                        what + " is outside region " + r.name());
                Region lr = l.region(s.loadRegion().orElse(r.name())).orElseThrow();
                if (!s.nobits()) {
                    assertTrue(lr.origin().compareTo(phys) <= 0 && phys.add(e.size()).compareTo(lr.end()) <= 0,
                            what + " is not stored in region " + lr.name() + " (load address 0x" + phys.toString(16)
                                    + ")");
                }
                if (s.loadRegion().isPresent()) {
                    assertEquals(phys, elf.symbol(base + "_load_start"), what + ": wrong load-start symbol");
                }
            } else {
                BigInteger offset = s.physical() ? BigInteger.ZERO : l.offset();
                assertEquals(e.addr().subtract(offset).mod(Address.LIMIT), phys,
                        what + " is loaded at the wrong address");
                assertTrue(phys.compareTo(l.loadBase().orElseThrow()) >= 0, what + " is loaded below the load base");
            }
        }
        Stack st = l.stack();
        if (st.placement() != Stack.Placement.LOADER) {
            BigInteger top = elf.symbol("__stack_top");
            assertEquals(st.size(), top.subtract(elf.symbol("__stack_bottom")), name + ": stack size");
            assertEquals(BigInteger.ZERO, top.mod(st.align()), name + ": stack alignment");
            if (st.placement() == Stack.Placement.REGION_END) {
                assertEquals(l.region(st.region().orElseThrow()).orElseThrow().end(), top, name + ": stack top");
            }
        }
        elf.section(".got").ifPresent(g -> assertEquals(BigInteger.ZERO, g.size(), name + ": .got is not empty"));
        if (l.panicAbort()) {
            assertTrue(elf.section(".eh_frame").isEmpty(), name + ": .eh_frame was not discarded");
        }
        for (Elf.Segment seg : elf.loads()) {
            assertTrue(!seg.flags().equals("RWE"), name + " has a writable and executable segment");
        }
    }

    /**
     * The file offset of a Multiboot header: scans the first {@code window} bytes at {@code align}
     * steps for {@code magic} followed by a valid checksum, as GRUB does.
     */
    static long multibootHeaderOffset(Path file, long magic, int words, int align, int window) throws IOException {
        byte[] b = Files.readAllBytes(file);
        for (int off = 0; off + 4 * words <= Math.min(window, b.length); off += align) {
            long sum = 0;
            for (int i = 0; i < words; i++) {
                sum += le32(b, off + 4 * i);
            }
            if (le32(b, off) == magic && (sum & 0xffffffffL) == 0) {
                return off;
            }
        }
        return -1;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    // ---------------------------------------------------------------- booting

    /** The result of a QEMU run: its exit code and what the guest wrote on the serial port. */
    record Boot(int exit, String serial, String log) {
        @Override
        public String toString() {
            return "exit " + exit + ", serial:\n" + serial + "\nqemu:\n" + log;
        }
    }

    /** Runs QEMU with a serial port to a file, no reboot, no display, and a timeout. */
    Boot qemu(String qemu, int seconds, String... args) throws Exception {
        Path serial = dir.resolve("serial-" + System.nanoTime() + ".txt");
        List<String> cmd = new ArrayList<>(List.of(qemu, "-display", "none", "-monitor", "none", "-no-reboot",
                "-serial", "file:" + serial));
        cmd.addAll(List.of(args));
        Tools.Result r = Tools.run(dir, seconds, cmd);
        String text = Files.exists(serial) ? Files.readString(serial, java.nio.charset.StandardCharsets.ISO_8859_1)
                : "";
        return new Boot(r.timedOut() ? -1 : r.exit(), text, r.out());
    }

    /** Builds a GRUB rescue ISO that boots {@code kernel} with {@code command} (multiboot or multiboot2). */
    Path iso(Path kernel, String command) throws Exception {
        Path root = dir.resolve("iso-" + kernel.getFileName());
        Files.createDirectories(root.resolve("boot/grub"));
        Files.copy(kernel, root.resolve("boot/kernel.elf"));
        Files.writeString(root.resolve("boot/grub/grub.cfg"), String.join("\n",
                "set timeout=0",
                "set default=0",
                "serial --unit=0 --speed=115200",
                "terminal_input serial",
                "terminal_output serial",
                "menuentry \"kernel\" {",
                "    " + command + " /boot/kernel.elf",
                "    boot",
                "}", ""));
        Path iso = dir.resolve(kernel.getFileName() + ".iso");
        Tools.run(dir, 120, List.of("grub-mkrescue", "-o", iso.toString(), root.toString())).ok();
        return iso;
    }

    /** Arguments for an x86 QEMU that exits through isa-debug-exit. */
    static String[] x86(String... more) {
        List<String> a = new ArrayList<>(List.of("-m", "128M", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }
}
