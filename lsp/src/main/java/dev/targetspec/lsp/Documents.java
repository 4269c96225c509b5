package dev.targetspec.lsp;

import dev.targetspec.diag.Diagnostic;
import dev.targetspec.diag.Fix;
import dev.targetspec.spec.SpecFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open documents: each is checked when it is opened and on every change (the client sends the
 * whole text), and its diagnostics are published. Requests are answered from the last check.
 */
final class Documents implements TextDocumentService {
    private final CompletableFuture<Engine> engine;
    private final Map<String, Checked> open = new ConcurrentHashMap<>();
    private volatile LanguageClient client;

    Documents(CompletableFuture<Engine> engine) {
        this.engine = engine;
    }

    void connect(LanguageClient c) {
        client = c;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        check(params.getTextDocument().getUri(), params.getTextDocument().getVersion(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (params.getContentChanges().isEmpty()) {
            return;
        }
        // Full synchronisation: the last change holds the whole text.
        String text = params.getContentChanges().get(params.getContentChanges().size() - 1).getText();
        check(params.getTextDocument().getUri(), params.getTextDocument().getVersion(), text);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.remove(uri);
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Every change is checked already.
    }

    private void check(String uri, Integer version, String text) {
        Checked before = open.get(uri);
        Checked c = engine.join().checker.check(uri, text, before != null && before.rustcFile());
        open.put(uri, c);
        LanguageClient cl = client;
        if (cl != null) {
            cl.publishDiagnostics(new PublishDiagnosticsParams(uri, c.published(), version));
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Checked c = open.get(params.getTextDocument().getUri());
        if (c == null) {
            return CompletableFuture.completedFuture(null);
        }
        int offset = c.lines().offset(params.getPosition());
        return CompletableFuture.completedFuture(engine.join().hovers.hover(c, offset).orElse(null));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        Checked c = open.get(params.getTextDocument().getUri());
        if (c == null) {
            return CompletableFuture.completedFuture(Either.forLeft(List.of()));
        }
        int offset = c.lines().offset(params.getPosition());
        return CompletableFuture.completedFuture(Either.forRight(
                new CompletionList(false, engine.join().completions.complete(c, offset))));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        Checked c = open.get(params.getTextDocument().getUri());
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (c == null) {
            return CompletableFuture.completedFuture(out);
        }
        Range asked = params.getRange();
        for (int i = 0; i < c.diagnostics().size(); i++) {
            Diagnostic d = c.diagnostics().get(i);
            org.eclipse.lsp4j.Diagnostic published = c.published().get(i);
            if (!overlaps(published.getRange(), asked)) {
                continue;
            }
            boolean preferred = true;
            for (Fix fix : QuickFixes.of(d)) {
                Optional<TextEdit> edit = QuickFixes.edit(fix, c.text(), c.lines());
                if (edit.isEmpty()) {
                    continue;
                }
                CodeAction action = new CodeAction(fix.description());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(published));
                action.setEdit(new WorkspaceEdit(Map.of(c.uri(), List.of(edit.get()))));
                action.setIsPreferred(preferred);
                preferred = false;
                out.add(Either.forRight(action));
            }
        }
        return CompletableFuture.completedFuture(out);
    }

    private static boolean overlaps(Range a, Range b) {
        return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
    }

    private static boolean before(org.eclipse.lsp4j.Position x, org.eclipse.lsp4j.Position y) {
        return x.getLine() < y.getLine() || (x.getLine() == y.getLine() && x.getCharacter() < y.getCharacter());
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        Checked c = open.get(params.getTextDocument().getUri());
        List<Location> out = new ArrayList<>();
        if (c != null) {
            int offset = c.lines().offset(params.getPosition());
            Optional<JsonOutline.Member> m = c.outline().memberAt(offset);
            if (m.isPresent() && m.get().pointer().equals("/inherits") && m.get().value().kind() == '"') {
                String triple = c.text().substring(m.get().value().start() + 1, Math.max(m.get().value().start() + 1,
                        m.get().value().end() - 1));
                engine.join().checker.registry().file(triple).ifPresent(base -> out.add(location(base)));
            }
        }
        return CompletableFuture.completedFuture(Either.forLeft(out));
    }

    /** Where a base is defined: its {@code triple} member, or the top of its file. */
    private static Location location(SpecFile base) {
        String uri = base.path().toAbsolutePath().toUri().toString();
        try {
            String text = Files.readString(base.path(), StandardCharsets.UTF_8);
            JsonOutline outline = JsonOutline.of(text);
            Lines lines = new Lines(text);
            Optional<JsonOutline.Member> triple = outline.member("/triple");
            if (triple.isPresent()) {
                return new Location(uri, lines.range(triple.get().keyStart(), triple.get().value().end()));
            }
        } catch (IOException e) {
            // The top of the file, then.
        }
        return new Location(uri, new Range(new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(0, 0)));
    }
}
