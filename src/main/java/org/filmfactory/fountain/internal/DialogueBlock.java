package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.Lyric;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.ScriptElement;
import org.jspecify.annotations.Nullable;

/**
 * A dialogue block after its {@link CueLine}: each line is a parenthetical, a lyric ({@code ~}) or dialogue, and
 * neighbouring lines of one kind join into one element (parentheticals never join). Pairing a {@code ^} block with
 * the block before it is the paragraph reader's business, since only it knows what came before.
 */
final class DialogueBlock {

    private static final String[][] PARENTHETICAL_WRAPPERS = wrappers();

    private DialogueBlock() {
    }

    /** The index after the dialogue block whose cue is at {@code cue}: its dialogue, parentheticals and lyrics. */
    static int end(List<ScriptElement> elements, int cue) {
        int end = cue + 1;
        while (end < elements.size() && (elements.get(end) instanceof Dialogue
                || elements.get(end) instanceof Parenthetical || elements.get(end) instanceof Lyric)) {
            end++;
        }
        return end;
    }

    /** Adds the cue of lines {@code from} to {@code to}, then each of its parts, to {@code elements}. */
    static void read(CueLine cue, List<Line> lines, int from, int to, List<ScriptElement> elements) {
        var first = lines.get(from);
        elements.add(new CharacterCue(cue.name(), cue.extensions(), cue.dual(), cue.forced(), first.number(),
                first.lastNumber()));
        var part = new DialoguePart();
        int start = from + 1;
        // The reference reads line breaks right under the cue as part of the cue line's end.
        while (start < to && lines.get(start).keepsBlankLine()) {
            start++;
        }
        for (int i = start; i < to; i++) {
            var line = lines.get(i);
            String text = line.keepsBlankLine() ? "" : Whitespace.trim(line.text());
            int kind = isParenthetical(text) ? DialoguePart.PARENTHETICAL
                    : isLyricLine(text) ? DialoguePart.LYRIC : DialoguePart.DIALOGUE;
            String content = kind == DialoguePart.LYRIC ? text.substring(1) : text;
            if (kind == DialoguePart.PARENTHETICAL || kind != part.kind) {
                add(part, elements);
                part.start(kind, content, line);
            } else {
                part.append(content, line);
            }
        }
        add(part, elements);
    }

    /** The lines of one parenthetical, dialogue or lyric inside a block, joined only when there is more than one. */
    private static final class DialoguePart {
        static final int NONE = 0;
        static final int PARENTHETICAL = 1;
        static final int LYRIC = 2;
        static final int DIALOGUE = 3;

        int kind = NONE;
        String first = "";
        @Nullable StringBuilder more;
        int firstLine;
        int lastLine;

        void start(int newKind, String text, Line line) {
            kind = newKind;
            first = text;
            more = null;
            firstLine = line.number();
            lastLine = line.lastNumber();
        }

        void append(String text, Line line) {
            if (more == null) {
                more = new StringBuilder(first.length() + text.length() + 16).append(first);
            }
            more.append('\n').append(text);
            lastLine = line.lastNumber();
        }

        String text() {
            return more == null ? first : more.toString();
        }
    }

    private static void add(DialoguePart part, List<ScriptElement> elements) {
        String text = part.text();
        switch (part.kind) {
            case DialoguePart.PARENTHETICAL -> elements.add(new Parenthetical(text, InlineMarkup.runs(text),
                    part.firstLine, part.lastLine));
            case DialoguePart.LYRIC -> elements.add(new Lyric(text, InlineMarkup.runs(text), part.firstLine,
                    part.lastLine));
            case DialoguePart.DIALOGUE -> elements.add(new Dialogue(text, InlineMarkup.runs(text), part.firstLine,
                    part.lastLine));
            default -> {
                // nothing collected yet
            }
        }
    }

    /** {@code (text)}, also wrapped in matching emphasis marks: {@code _(text)_}, {@code *(text)*}. */
    private static boolean isParenthetical(String text) {
        if (text.length() < 3 || "(_*".indexOf(text.charAt(0)) < 0 || ")_*".indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        for (String[] wrapper : PARENTHETICAL_WRAPPERS) {
            int a = wrapper[0].length();
            int b = text.length() - wrapper[1].length();
            if (b - a >= 3 && text.startsWith(wrapper[0]) && text.endsWith(wrapper[1]) && text.charAt(a) == '('
                    && text.charAt(b - 1) == ')') {
                return true;
            }
        }
        return false;
    }

    private static String[][] wrappers() {
        List<String[]> found = new ArrayList<>();
        for (String underline : new String[] {"", "_"}) {
            for (String stars : new String[] {"", "*", "**", "***"}) {
                found.add(new String[] {underline + stars, stars + underline});
                found.add(new String[] {stars + underline, underline + stars});
            }
        }
        return found.toArray(String[][]::new);
    }

    private static boolean isLyricLine(String trimmed) {
        return trimmed.length() >= 2 && trimmed.charAt(0) == '~' && trimmed.charAt(1) != ' ';
    }
}
