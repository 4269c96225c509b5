package dev.targetspec.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * How long `targetspec lsp` takes to re-check an edited file: the time from sending a change to
 * receiving that version's diagnostics, as an editor sees it, over the server's standard streams.
 *
 * <p>Usage: {@code LspRecheck EDITS FILE COMMAND...}; prints the first check's time, then the median,
 * the 90th percentile and the largest of EDITS re-checks, in milliseconds.
 */
public final class LspRecheck {
    private LspRecheck() {
    }

    public static void main(String[] args) throws Exception {
        int edits = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        List<String> command = List.of(args).subList(2, args.length);
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(published),
                server.getInputStream(), server.getOutputStream());
        launcher.startListening();
        LanguageServer ls = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        ls.initialize(init).get(120, TimeUnit.SECONDS);
        ls.initialized(new InitializedParams());

        String uri = file.toUri().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        long t = System.nanoTime();
        ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "json", 1, text)));
        await(published, 1);
        double first = (System.nanoTime() - t) / 1e6;

        List<Double> ms = new ArrayList<>();
        for (int v = 2; v < edits + 2; v++) {
            // An edit as a user makes one: a value changed in place, alternating so each text differs.
            String edited = text.replaceFirst("\"x86_64\"", v % 2 == 0 ? "\"x86_64 \"" : "\"x86_64\"");
            long s = System.nanoTime();
            ls.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v),
                    List.of(new TextDocumentContentChangeEvent(edited))));
            await(published, v);
            ms.add((System.nanoTime() - s) / 1e6);
        }
        ls.shutdown().get(30, TimeUnit.SECONDS);
        ls.exit();
        server.waitFor(30, TimeUnit.SECONDS);
        server.destroy();
        Collections.sort(ms);
        System.out.printf("first %.1f median %.2f p90 %.2f max %.2f%n", first, ms.get(ms.size() / 2),
                ms.get((int) Math.min(ms.size() - 1, Math.round(ms.size() * 0.9))), ms.get(ms.size() - 1));
        System.exit(0);
    }

    private static void await(BlockingQueue<PublishDiagnosticsParams> published, int version) throws InterruptedException, IOException {
        while (true) {
            PublishDiagnosticsParams p = published.poll(120, TimeUnit.SECONDS);
            if (p == null) {
                throw new IOException("no diagnostics for version " + version);
            }
            if (p.getVersion() != null && p.getVersion() == version) {
                return;
            }
        }
    }

    private record Client(BlockingQueue<PublishDiagnosticsParams> published) implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
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
        }
    }
}
