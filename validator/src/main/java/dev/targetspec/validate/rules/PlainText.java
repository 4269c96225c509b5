package dev.targetspec.validate.rules;

import dev.targetspec.diag.Messages;
import dev.targetspec.diag.Severity;
import dev.targetspec.json.JsonPointer;
import dev.targetspec.spec.Target;
import dev.targetspec.validate.Findings;
import dev.targetspec.validate.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The metadata people read (description, maintainers, reference titles and links) is plain text:
 * no markup, no control characters, and links that are only a URL.
 */
final class PlainText implements Rule {
    /** The start of a tag, a comment or a character reference: what a page would interpret. */
    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?=[\\s/>])|<[!?]|&#?[A-Za-z0-9]+;");
    /** Characters no URL needs and that could end an attribute or a link in generated pages. */
    private static final Pattern URL_BAD = Pattern.compile("[\\s\"'<>\\\\`]");

    @Override
    public String id() {
        return "plain-text";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public boolean convention() {
        return true;
    }

    @Override
    public String summary() {
        return "Descriptions, maintainers and references are plain text without markup or control characters.";
    }

    @Override
    public void check(Target target, Findings findings) {
        text(target, "/metadata/description", findings);
        JsonNode maintainers = target.at("/metadata/maintainers");
        for (int i = 0; maintainers.isArray() && i < maintainers.size(); i++) {
            text(target, JsonPointer.child("/metadata/maintainers", i), findings);
        }
        JsonNode refs = target.at("/metadata/references");
        for (int i = 0; refs.isArray() && i < refs.size(); i++) {
            String ref = JsonPointer.child("/metadata/references", i);
            text(target, ref + "/title", findings);
            target.text(ref + "/url").ifPresent(url -> {
                Matcher m = URL_BAD.matcher(url);
                if (m.find()) {
                    findings.report(ref + "/url", "`" + field(ref + "/url") + "` contains "
                            + (Character.isWhitespace(m.group().charAt(0)) ? "white space" : "`" + m.group() + "`")
                            + "; a link is a URL alone.");
                }
            });
        }
    }

    private static void text(Target target, String pointer, Findings findings) {
        target.text(pointer).ifPresent(s -> {
            Matcher m = MARKUP.matcher(s);
            if (m.find()) {
                findings.report(pointer, "`" + field(pointer) + "` contains markup (`" + m.group()
                        + "…`); it is shown as plain text, so write it without HTML.");
                return;
            }
            String note = s.codePoints().filter(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)
                    .findFirst().stream().mapToObj(c -> Messages.nonAsciiNote(new String(Character.toChars(c))))
                    .findFirst().orElse("");
            if (!note.isEmpty()) {
                findings.report(pointer, "`" + field(pointer) + "` is not plain text" + note + ".");
            }
        });
    }

    private static String field(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }
}
