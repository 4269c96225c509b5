package dev.targetspec.lsp;

import dev.targetspec.profile.Profile;
import dev.targetspec.registry.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server. It loads the registry, the validator's schema and the rules once, in the
 * background as soon as a client connects, and keeps them: after the first file, a re-check of an
 * edited file costs only the check.
 */
public final class TargetSpecServer implements LanguageServer, LanguageClientAware {
    private final List<Path> registryDirs;
    private final Profile profile;
    private final String version;
    private final CompletableFuture<Engine> engine = new CompletableFuture<>();
    private final Documents documents = new Documents(engine);
    private final WorkspaceService workspace = new NoWorkspace();
    private volatile LanguageClient client;
    private volatile boolean shutdown;
    private volatile Future<Void> listening;

    /**
     * @param registryDirs the registry folders that specs inherit from, in order; empty for none
     * @param profile the rustc whose verdicts the diagnostics give
     * @param version what the server reports as its version
     */
    public TargetSpecServer(List<Path> registryDirs, Profile profile, String version) {
        this.registryDirs = List.copyOf(registryDirs);
        this.profile = profile;
        this.version = version;
    }

    /**
     * Serves one client on {@code in} and {@code out} until it exits or closes the stream.
     *
     * @return 0 if the client asked the server to shut down before it exited, else 1 (as LSP asks)
     */
    public int serve(InputStream in, OutputStream out) throws IOException {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(this, in, out);
        connect(launcher.getRemoteProxy());
        listening = launcher.startListening();
        try {
            listening.get();
        } catch (java.util.concurrent.CancellationException e) {
            // exit() stops the listener.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException("the connection to the client failed: " + e.getCause().getMessage(), e.getCause());
        }
        return shutdown ? 0 : 1;
    }

    @Override
    public void connect(LanguageClient c) {
        client = c;
        documents.connect(c);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        CompletableFuture.runAsync(this::start);
        ServerCapabilities caps = new ServerCapabilities();
        caps.setTextDocumentSync(TextDocumentSyncKind.Full);
        caps.setHoverProvider(true);
        CompletionOptions completion = new CompletionOptions();
        completion.setTriggerCharacters(List.of("\"", ":"));
        caps.setCompletionProvider(completion);
        caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        caps.setDefinitionProvider(true);
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("targetspec", version)));
    }

    /** Loads everything a check needs, and runs one check so the first file a user opens is not the slow one. */
    private void start() {
        try {
            Registry registry = Registry.empty();
            if (!registryDirs.isEmpty()) {
                try {
                    registry = Registry.load(registryDirs);
                } catch (IOException e) {
                    log(MessageType.Warning, "targetspec: cannot read the registry " + registryDirs + ": " + e.getMessage());
                }
            }
            Engine e = new Engine(registry, profile);
            e.warmUp();
            engine.complete(e);
        } catch (RuntimeException e) {
            engine.completeExceptionally(e);
            log(MessageType.Error, "targetspec: the server could not start: " + e);
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        // Nothing to register: the capabilities are static.
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        Future<Void> l = listening;
        if (l != null) {
            l.cancel(true);
        }
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, message));
        }
    }

    /** This server watches no files and takes no settings. */
    private static final class NoWorkspace implements WorkspaceService {
        @Override
        public void didChangeConfiguration(org.eclipse.lsp4j.DidChangeConfigurationParams params) {
        }

        @Override
        public void didChangeWatchedFiles(org.eclipse.lsp4j.DidChangeWatchedFilesParams params) {
        }
    }
}
