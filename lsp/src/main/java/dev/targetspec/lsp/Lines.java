package dev.targetspec.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Converts between offsets in a text and LSP positions (line, UTF-16 character), both 0-based. */
final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
        this.text = text;
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        starts = Arrays.copyOf(s, n);
    }

    Position position(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(starts, o);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, o - starts[line]);
    }

    Range range(int start, int end) {
        return new Range(position(start), position(end));
    }

    int offset(Position p) {
        if (p.getLine() >= starts.length) {
            return text.length();
        }
        int lineEnd = p.getLine() + 1 < starts.length ? starts[p.getLine() + 1] - 1 : text.length();
        return Math.max(0, Math.min(starts[p.getLine()] + p.getCharacter(), lineEnd));
    }

    /** The offset of a 1-based line and column as the validator reports them, clamped to the text. */
    int offset(int line, int column) {
        return offset(new Position(Math.max(0, line - 1), Math.max(0, column - 1)));
    }

    /** The offset just past the last non-blank character of the line that holds {@code offset}. */
    int lineEnd(int offset) {
        int e = offset;
        while (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        while (e > offset && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
