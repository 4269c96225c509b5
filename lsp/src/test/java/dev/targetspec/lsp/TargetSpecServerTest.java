package dev.targetspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a real JSON-RPC connection, driven by LSP4J's own client. */
class TargetSpecServerTest {
    private static final Path ROOT = Path.of(System.getProperty("targetspec.root", "..")).toAbsolutePath().normalize();
    private static final BlockingQueue<PublishDiagnosticsParams> PUBLISHED = new LinkedBlockingQueue<>();
    private static LanguageServer server;
    private static CompletableFuture<Integer> serving;
    private static int version = 1;

    @TempDir
    static Path dir;

    @BeforeAll
    static void connect() throws Exception {
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
        PipedOutputStream toClient = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(toClient, 1 << 16);
        TargetSpecServer impl = new TargetSpecServer(java.util.List.of(ROOT.resolve("targets")), dev.targetspec.profile.Profiles.standard(), "test");
        serving = CompletableFuture.supplyAsync(() -> {
            try {
                return impl.serve(serverIn, toClient);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        var result = server.initialize(init).get(60, TimeUnit.SECONDS);
        assertTrue(result.getCapabilities().getHoverProvider().getLeft());
        server.initialized(new InitializedParams());
    }

    @AfterAll
    static void shutDown() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        assertEquals(0, serving.get(10, TimeUnit.SECONDS), "exit after shutdown is a clean exit");
    }

    @Test
    void quickFixRenamesTheMisspelledFieldAndTheDiagnosticGoes() throws Exception {
        String text = resource("my-kernel.json");
        String uri = open("my-kernel.json", text);
        List<Diagnostic> ds = diagnostics(uri);
        assertEquals(1, ds.size(), ds.toString());
        Diagnostic d = ds.get(0);
        assertEquals("schema", d.getCode().getLeft());
        assertTrue(d.getMessage().getLeft().contains("`disable_redzone`"), d.getMessage().getLeft());
        assertEquals(6, d.getRange().getStart().getLine());
        assertEquals(2, d.getRange().getStart().getCharacter());

        List<CodeAction> actions = actions(uri, d);
        assertEquals(List.of("Rename `disable_redzone` to `disable-redzone`.", "Remove the unknown field `disable_redzone`."),
                actions.stream().map(CodeAction::getTitle).toList());
        assertTrue(actions.get(0).getIsPreferred());
        String fixed = apply(text, actions.get(0).getEdit().getChanges().get(uri));
        assertEquals(text.replace("\"disable_redzone\"", "\"disable-redzone\""), fixed, "only the key changes");

        change(uri, fixed);
        assertEquals(List.of(), diagnostics(uri));
    }

    @Test
    void removingAFieldKeepsEveryOtherByte() throws Exception {
        String text = resource("my-kernel.json");
        String uri = open("removed.json", text);
        Diagnostic d = diagnostics(uri).get(0);
        CodeAction remove = actions(uri, d).get(1);
        String fixed = apply(text, remove.getEdit().getChanges().get(uri));
        assertEquals(text.replace("  \"disable_redzone\": true,\n", ""), fixed);
        change(uri, fixed);
        assertEquals(List.of(), diagnostics(uri), "rustc's default for a missing disable-redzone is accepted");
    }

    @Test
    void hoverSaysWhatAFieldTakesAndWhichRulesCheckIt() throws Exception {
        String text = resource("my-kernel.json");
        String uri = open("hover.json", text);
        diagnostics(uri);
        Hover h = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(2, 5))).get(30, TimeUnit.SECONDS);
        String md = h.getContents().getRight().getValue();
        assertTrue(md.contains("**`code-model`**"), md);
        assertTrue(md.contains("`\"kernel\"`") && md.contains("`\"small\"`"), md);
        assertTrue(md.contains("`llvm-code-model`"), md);
    }

    @Test
    void hoverInARegistrySpecNamesTheBaseItOverrides() throws Exception {
        Path spec = ROOT.resolve("targets/x86_64/x86_64-unknown-none-multiboot.json");
        String text = Files.readString(spec);
        String uri = open(spec, text);
        assertEquals(List.of(), diagnostics(uri));
        int line = lineOf(text, "\"position-independent-executables\"");
        Hover h = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(line, 8))).get(30, TimeUnit.SECONDS);
        String md = h.getContents().getRight().getValue();
        assertTrue(md.contains("Overrides `true` set by base `x86_64-unknown-none` (rustc/x86_64-unknown-none.json, line 26)"), md);
        int relocation = lineOf(text, "\"relocation-model\"");
        String md2 = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(relocation, 8))).get(30, TimeUnit.SECONDS).getContents().getRight().getValue();
        assertTrue(md2.contains("No base sets this field"), md2);

        int inherits = lineOf(text, "\"inherits\"");
        var def = server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri),
                new Position(inherits, text.split("\n")[inherits].indexOf("x86_64") + 2))).get(30, TimeUnit.SECONDS);
        List<? extends Location> locations = def.getLeft();
        assertEquals(1, locations.size());
        // The base resolves to the registry's overlay of the built-in.
        assertTrue(locations.get(0).getUri().endsWith("/targets/x86_64/x86_64-unknown-none.json"), locations.get(0).getUri());
        assertEquals(lineOf(Files.readString(ROOT.resolve("targets/x86_64/x86_64-unknown-none.json")), "\"triple\""),
                locations.get(0).getRange().getStart().getLine());
    }

    @Test
    void completionOffersMissingFieldsAndEnumValues() throws Exception {
        String text = "{\n  \"arch\": \"x86_64\",\n  \"code-model\": \"\",\n  \n}\n";
        String uri = open("complete.json", text);
        diagnostics(uri);
        List<String> keys = complete(uri, new Position(3, 2));
        assertTrue(keys.contains("disable-redzone") && keys.contains("llvm-target"), keys.toString());
        assertFalse(keys.contains("arch"), "a field the object has is not offered again");
        List<String> values = complete(uri, new Position(2, 17));
        assertTrue(values.containsAll(List.of("tiny", "small", "kernel", "medium", "large")), values.toString());
    }

    @Test
    void aReCheckAfterAnEditIsFast() throws Exception {
        String text = resource("my-kernel.json");
        String uri = open("timed.json", text);
        diagnostics(uri);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            change(uri, text.replace("\"kernel\"", i % 2 == 0 ? "\"small\"" : "\"kernel\""));
            diagnostics(uri);
            micros.add((System.nanoTime() - t) / 1000);
        }
        micros.sort(Comparator.naturalOrder());
        // A loose bound that still fails if each edit rebuilt the schema or re-read the registry.
        assertTrue(micros.get(micros.size() / 2) < 200_000, "median re-check " + micros.get(micros.size() / 2) + " µs");
    }

    private static String open(String name, String text) throws Exception {
        return open(dir.resolve(name), text);
    }

    private static String open(Path path, String text) {
        String uri = path.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "json", version++, text)));
        return uri;
    }

    private static void change(String uri, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version++), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** The next diagnostics published for {@code uri}. */
    private static synchronized List<Diagnostic> diagnostics(String uri) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams p = PUBLISHED.poll(60, TimeUnit.SECONDS);
            if (p == null) {
                throw new AssertionError("no diagnostics published for " + uri);
            }
            if (p.getUri().equals(uri)) {
                return p.getDiagnostics();
            }
        }
    }

    private static List<CodeAction> actions(String uri, Diagnostic d) throws Exception {
        return server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(),
                new CodeActionContext(List.of(d)))).get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
    }

    private static List<String> complete(String uri, Position at) throws Exception {
        return server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
                .get(30, TimeUnit.SECONDS).getRight().getItems().stream().map(CompletionItem::getLabel).toList();
    }

    /** Applies edits as an editor does: from the last to the first. */
    static String apply(String text, List<TextEdit> edits) {
        Lines lines = new Lines(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> lines.offset(e.getRange().getStart())).reversed());
        String out = text;
        for (TextEdit e : sorted) {
            out = out.substring(0, lines.offset(e.getRange().getStart())) + e.getNewText()
                    + out.substring(lines.offset(e.getRange().getEnd()));
        }
        return out;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TargetSpecServerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Records what the server publishes. */
    private static final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            PUBLISHED.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            System.err.println("server: " + message.getMessage());
        }
    }
}
