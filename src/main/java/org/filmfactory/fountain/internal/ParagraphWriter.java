package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.Centered;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.Lyric;
import org.filmfactory.fountain.Note;
import org.filmfactory.fountain.PageBreak;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.Section;
import org.filmfactory.fountain.Synopsis;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.TitlePageEntry;
import org.filmfactory.fountain.Transition;

/**
 * Writes a screenplay as normalised Fountain: the title page as {@code Key: value} lines (values of several lines
 * indented by three spaces), then one paragraph per element, or per dialogue block, with one blank line between.
 *
 * <p>Each paragraph is written plainly when the parser reads it back as the same element, and with Fountain's
 * forcing marks otherwise ({@code .} for a heading, {@code !} for action, {@code @} for a cue, {@code >} for a
 * transition): the writer asks the parser itself, so the rules live in one place. Elements that came from a Fountain
 * file keep the forcing they were written with. Dual dialogue is marked with {@code ^} so that exactly the blocks
 * marked dual read back as dual; where a lone dual block follows an ordinary one, a line of two spaces (an empty
 * paragraph that prints nothing) keeps the ordinary one from pairing with it.
 *
 * <p>Parsing the result gives the same elements with the same printed text and emphasis (see {@link ElementShape}),
 * title page, scene numbers and dual dialogue. Boneyards are not elements and are not written.
 */
public final class ParagraphWriter {

    private static final String SEPARATOR = "  ";
    /** Read before a paragraph that is checked in isolation, so that it cannot be taken for a title page. */
    private static final String NOT_A_TITLE_PAGE = "!.\n\n";
    private static final String ESCAPED = "\\*_";

    private final Dialect dialect;

    private ParagraphWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    public static String write(ParsedScript script, Dialect dialect) {
        return write(script.titlePage(), script.elements(), dialect);
    }

    public static String write(List<TitlePageEntry> titlePage, List<ScriptElement> elements, Dialect dialect) {
        return new ParagraphWriter(dialect).document(titlePage, elements);
    }

    private String document(List<TitlePageEntry> titlePage, List<ScriptElement> elements) {
        List<String> paragraphs = new ArrayList<>(elements.size() + 1);
        if (!titlePage.isEmpty()) {
            paragraphs.add(titlePage(titlePage));
        }
        boolean previousWasBlock = false;
        boolean previousBlockDual = false;
        int n = elements.size();
        int i = 0;
        while (i < n) {
            var element = elements.get(i);
            boolean first = paragraphs.isEmpty();
            if (element instanceof CharacterCue cue) {
                int end = i + 1;
                while (end < n && isBlockPart(elements.get(end))) {
                    end++;
                }
                boolean caret = false;
                if (cue.dual()) {
                    boolean nextDual = end < n && elements.get(end) instanceof CharacterCue next && next.dual();
                    if (previousWasBlock && previousBlockDual) {
                        caret = true;
                    } else if (!nextDual) {
                        caret = true;
                        if (previousWasBlock) {
                            paragraphs.add(SEPARATOR);
                        }
                    }
                }
                paragraphs.add(block(cue, elements.subList(i, end), caret, first));
                previousWasBlock = true;
                previousBlockDual = cue.dual();
                i = end;
            } else {
                paragraphs.add(single(element, first));
                previousWasBlock = false;
                i++;
            }
        }
        return paragraphs.isEmpty() ? "" : String.join("\n\n", paragraphs) + "\n";
    }

    private static boolean isBlockPart(ScriptElement element) {
        return element instanceof Dialogue || element instanceof Parenthetical || element instanceof Lyric;
    }

    private static String titlePage(List<TitlePageEntry> entries) {
        var out = new StringBuilder();
        for (var entry : entries) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            List<String> lines = new ArrayList<>();
            for (String line : entry.value().split("\n")) {
                String trimmed = Whitespace.trim(line);
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed);
                }
            }
            out.append(Whitespace.trim(entry.key())).append(':');
            if (lines.size() == 1) {
                out.append(' ').append(lines.getFirst());
            } else {
                for (String line : lines) {
                    out.append("\n   ").append(line);
                }
            }
        }
        return out.toString();
    }

    // One element ---------------------------------------------------------------------------------------------------

    private String single(ScriptElement element, boolean first) {
        List<String> candidates = switch (element) {
            case SceneHeading heading -> {
                String written = heading.text() + (heading.sceneNumber() == null ? "" : " #" + heading.sceneNumber() + "#");
                yield heading.forced() ? List.of("." + written) : List.of(written, "." + written);
            }
            case Action action -> action.forced() ? List.of(forcedAction(action.text()))
                    : List.of(action(action.text()), forcedAction(action.text()));
            case Transition transition -> transition.forced() ? List.of("> " + transition.text())
                    : List.of(transition.text(), "> " + transition.text());
            case Centered centered -> List.of(eachLine(centered.text(), "> ", " <"));
            case Lyric lyric -> List.of(eachLine(lyric.text(), "~", ""));
            case PageBreak pageBreak -> List.of("===");
            case Section section -> List.of("#".repeat(Math.max(1, section.depth())) + " " + section.text());
            case Synopsis synopsis -> List.of("= " + synopsis.text());
            case Note note -> List.of("[[" + note.text() + "]]");
            // Dialogue without a cue cannot come from the parser; a converted file may have one: it reads as action.
            case Dialogue dialogue -> List.of(action(dialogue.text()), forcedAction(dialogue.text()));
            case Parenthetical parenthetical -> List.of(action(parenthetical.text()),
                    forcedAction(parenthetical.text()));
            case CharacterCue cue -> throw new IllegalStateException("cues are written as blocks");
        };
        return firstThatReadsBack(candidates, List.of(element), first);
    }

    private String block(CharacterCue cue, List<ScriptElement> block, boolean caret, boolean first) {
        var parts = new StringBuilder();
        for (var part : block.subList(1, block.size())) {
            switch (part) {
                case Dialogue dialogue -> {
                    for (String line : dialogue.text().split("\n", -1)) {
                        parts.append('\n').append(line.isBlank() ? SEPARATOR : line);
                    }
                }
                case Parenthetical parenthetical -> parts.append('\n').append(parenthetical.text());
                case Lyric lyric -> parts.append('\n').append(eachLine(lyric.text(), "~", ""));
                default -> throw new IllegalStateException("not part of a dialogue block: " + part);
            }
        }
        var extensions = new StringBuilder();
        for (String extension : cue.extensions()) {
            extensions.append(" (").append(extension).append(')');
        }
        String line = cue.name() + extensions + (caret ? " ^" : "");
        List<String> candidates = cue.forced() ? List.of("@" + line + parts)
                : List.of(line + parts, "@" + line + parts);
        return firstThatReadsBack(candidates, block, first);
    }

    private String firstThatReadsBack(List<String> candidates, List<ScriptElement> expected, boolean first) {
        var wanted = ElementShape.of(expected, false);
        for (String candidate : candidates) {
            if (readsBackAs(candidate, wanted, first)) {
                return candidate;
            }
        }
        return candidates.getLast();
    }

    private boolean readsBackAs(String paragraph, List<ElementShape> wanted, boolean first) {
        if (first) {
            var script = FountainParser.parse(paragraph, dialect);
            return script.titlePage().isEmpty() && ElementShape.of(script.elements(), false).equals(wanted);
        }
        var elements = FountainParser.parse(NOT_A_TITLE_PAGE + paragraph, dialect).elements();
        return !elements.isEmpty() && ElementShape.of(elements.subList(1, elements.size()), false).equals(wanted);
    }

    /** Action lines as written; blank lines inside keep the paragraph together as lines of two spaces. */
    private static String action(String text) {
        var out = new StringBuilder(text.length() + 8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            if (line.isBlank()) {
                out.append(SEPARATOR);
                continue;
            }
            int start = Whitespace.skip(line, 0);
            // A line that starts with "!" loses it when read, so it gets a second one.
            if (line.charAt(start) == '!' && (start + 1 >= line.length() || line.charAt(start + 1) != ' ')) {
                out.append(line, 0, start).append('!').append(line, start, line.length());
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    private static String forcedAction(String text) {
        String written = action(text);
        int start = Whitespace.skip(written, 0);
        if (start < written.length() && written.charAt(start) == '!') {
            return written;
        }
        return written.substring(0, start) + "!" + written.substring(start);
    }

    private static String eachLine(String text, String before, String after) {
        var out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.isBlank() && before.equals("~")) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(before).append(line).append(after);
        }
        return out.toString();
    }

    // Emphasis --------------------------------------------------------------------------------------------------------

    /**
     * Fountain text that prints as {@code runs}: {@code *italic*}, {@code **bold**}, {@code ***bold italic***} and
     * {@code _underline_} around each run, marks escaped where they are meant literally. A line whose emphasis cannot
     * be written so that it reads back the same (an underline inside a word, bold running straight into italic) is
     * written without emphasis rather than with stray marks.
     */
    public static String markup(List<TextRun> runs) {
        List<List<TextRun>> lines = new ArrayList<>();
        List<TextRun> line = new ArrayList<>();
        lines.add(line);
        for (var run : runs) {
            String[] pieces = run.text().split("\n", -1);
            for (int p = 0; p < pieces.length; p++) {
                if (p > 0) {
                    line = new ArrayList<>();
                    lines.add(line);
                }
                if (!pieces[p].isEmpty()) {
                    line.add(new TextRun(pieces[p], run.bold(), run.italic(), run.underline()));
                }
            }
        }
        var out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(lineMarkup(lines.get(i)));
        }
        return out.toString();
    }

    private static String lineMarkup(List<TextRun> runs) {
        var out = new StringBuilder();
        boolean emphasised = false;
        for (var run : runs) {
            String text = run.text();
            int start = Whitespace.skip(text, 0);
            int end = Whitespace.end(text, start, text.length());
            if (start == end || !(run.bold() || run.italic() || run.underline())) {
                out.append(escape(text));
                continue;
            }
            emphasised = true;
            String stars = run.bold() && run.italic() ? "***" : run.bold() ? "**" : run.italic() ? "*" : "";
            String underline = run.underline() ? "_" : "";
            out.append(text, 0, start).append(underline).append(stars).append(escape(text.substring(start, end)))
                    .append(stars).append(underline).append(text, end, text.length());
        }
        String written = out.toString();
        if (emphasised && !ElementShape.samePrint(InlineMarkup.runs(written), runs)) {
            return escape(TextRun.plainText(runs));
        }
        return written;
    }

    /** Backslashes, emphasis marks and the first bracket of {@code [[} made literal. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ESCAPED.indexOf(c) >= 0 || (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '[')) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
