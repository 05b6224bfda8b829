package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.Centered;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.Lyric;
import org.filmfactory.fountain.Note;
import org.filmfactory.fountain.PageBreak;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.ScriptWarning;
import org.filmfactory.fountain.Section;
import org.filmfactory.fountain.Synopsis;
import org.filmfactory.fountain.Transition;

/**
 * Reads the script after the title page, one paragraph (lines between blank lines) at a time, and decides what each
 * paragraph is in a fixed order: scene heading, centered text, transition, dialogue block, section, synopsis, note,
 * lyrics, page break, and otherwise action. This is the order and these are the tests of fountain-js 1.2.4, the
 * reference the screenplay corpus was made with, written as plain character scans instead of its regular expressions
 * so that no input can make them backtrack: each test looks at a paragraph a bounded number of times, and the whole
 * script is read in time linear in its length. Where the tests deliberately differ from the reference, the method
 * says so; {@code docs/screenplay-fountain.md} lists every rule.
 */
final class ParagraphReader {

    /** More warnings than this say nothing new; a pasted binary file could otherwise produce one per line. */
    private static final int MAX_NOTE_WARNINGS = 100;

    private final Dialect dialect;
    final List<ScriptElement> elements = new ArrayList<>();
    final List<ScriptWarning> warnings = new ArrayList<>();
    /** The index in {@link #elements} of the cue of the dialogue block just read, -1 when the last was no block. */
    private int previousCue = -1;

    ParagraphReader(Dialect dialect) {
        this.dialect = dialect;
    }

    void read(List<Line> lines, int from) {
        int size = lines.size();
        int i = from;
        while (i < size) {
            if (lines.get(i).breaksParagraph()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < size && !lines.get(end).breaksParagraph()) {
                end++;
            }
            // Two spaces keep a blank line inside a paragraph; at its edges they keep nothing.
            int first = i;
            int last = end;
            while (first < last && lines.get(first).keepsBlankLine()) {
                first++;
            }
            while (last > first && lines.get(last - 1).keepsBlankLine()) {
                last--;
            }
            if (first < last) {
                paragraph(lines, first, last);
            } else {
                previousCue = -1;
            }
            i = end;
        }
    }

    private void paragraph(List<Line> lines, int from, int to) {
        findUnclosedNote(lines, from, to);
        previousCue = classify(lines, from, to);
    }

    /** Adds the paragraph's elements; returns the index of its cue when it is a dialogue block, otherwise -1. */
    private int classify(List<Line> lines, int from, int to) {
        var first = lines.get(from);
        boolean single = to - from == 1;
        if (single) {
            var heading = HeadingLine.read(first, dialect);
            if (heading != null) {
                elements.add(heading);
                return -1;
            }
        }
        if (centered(lines, from, to)) {
            addCentered(lines, from, to);
            return -1;
        }
        if (single && transition(first)) {
            return -1;
        }
        if (!single) {
            var cue = CueLine.read(first.text());
            if (cue != null) {
                return dialogueBlock(cue, lines, from, to);
            }
        }
        if (single && (section(first) || synopsis(first) || note(first))) {
            return -1;
        }
        if (lyrics(lines, from, to)) {
            addLyrics(lines, from, to);
        } else if (single && isPageBreak(first.text())) {
            elements.add(new PageBreak(first.number(), first.lastNumber()));
        } else {
            addAction(lines, from, to);
        }
        return -1;
    }

    // Centered text and transitions --------------------------------------------------------------------------------

    /** Every line is {@code >text<}, white space allowed around the brackets. */
    private static boolean centered(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            int start = Whitespace.skip(text, 0);
            int end = Whitespace.end(text, start, text.length());
            if (end - start < 3 || text.charAt(start) != '>' || text.charAt(end - 1) != '<') {
                return false;
            }
        }
        return true;
    }

    private void addCentered(List<Line> lines, int from, int to) {
        var text = new StringBuilder();
        for (int i = from; i < to; i++) {
            String line = lines.get(i).text();
            int start = Whitespace.skip(line, 0);
            int end = Whitespace.end(line, start, line.length());
            if (i > from) {
                text.append('\n');
            }
            text.append(Whitespace.trim(line.substring(start + 1, end - 1)));
        }
        String centered = text.toString();
        elements.add(new Centered(centered, InlineMarkup.runs(centered), lines.get(from).number(),
                lines.get(to - 1).lastNumber()));
    }

    /**
     * {@code >} and text (forced), {@code FADE OUT.}, {@code FADE TO BLACK.}, {@code CUT TO BLACK.}, or a line
     * ending in {@code " TO:"}. Unlike the reference, which takes any line ending in {@code TO:}, this one must have
     * no lower-case letters, as the Fountain syntax says: {@code He walks over TO:} stays action.
     */
    private boolean transition(Line line) {
        String text = line.text();
        int start = Whitespace.skip(text, 0);
        int end = Whitespace.end(text, start, text.length());
        if (start < text.length() && text.charAt(start) == '>' && start + 1 < text.length()) {
            addTransition(Whitespace.trim(text.substring(start + 1)), true, line);
            return true;
        }
        String core = text.substring(start, end);
        boolean fixed = core.equals("FADE OUT.") || core.equals("FADE TO BLACK.") || core.equals("CUT TO BLACK.");
        boolean cut = end >= 5 && text.startsWith(" TO:", end - 4) && !Whitespace.hasAsciiLowerCase(text, 0, end);
        if (fixed || cut) {
            addTransition(core, false, line);
            return true;
        }
        return false;
    }

    private void addTransition(String text, boolean forced, Line line) {
        elements.add(new Transition(text, forced, InlineMarkup.runs(text), line.number(), line.lastNumber()));
    }

    /**
     * Adds the block's elements; a {@code ^} on its cue makes the block before it, when there is one right before,
     * the left side of dual dialogue. Returns the index of the block's cue in {@link #elements}.
     */
    private int dialogueBlock(CueLine cue, List<Line> lines, int from, int to) {
        int cueIndex = elements.size();
        DialogueBlock.read(cue, lines, from, to, elements);
        if (cue.dual() && previousCue >= 0 && elements.get(previousCue) instanceof CharacterCue left) {
            elements.set(previousCue, new CharacterCue(left.name(), left.extensions(), true, left.forced(),
                    left.firstLine(), left.lastLine()));
        }
        return cueIndex;
    }

    // Outline, notes, lyrics, page breaks, action ------------------------------------------------------------------

    /**
     * {@code #}, {@code ##}, … and a title. Only a paragraph of its own: stacked section lines, or a section with its
     * synopsis on the next line, are one action paragraph for the reference, and so here.
     */
    private boolean section(Line line) {
        String text = line.text();
        int start = Whitespace.skip(text, 0);
        if (start >= text.length() || text.charAt(start) != '#') {
            return false;
        }
        int k = start;
        while (k < text.length() && text.charAt(k) == '#') {
            k++;
        }
        elements.add(new Section(Whitespace.trim(text.substring(k)), k - start, line.number(), line.lastNumber()));
        return true;
    }

    private boolean synopsis(Line line) {
        String text = line.text();
        int start = Whitespace.skip(text, 0);
        if (start >= text.length() || text.charAt(start) != '='
                || (start + 1 < text.length() && text.charAt(start + 1) == '=')) {
            return false;
        }
        elements.add(new Synopsis(Whitespace.trim(text.substring(start + 1)), line.number(), line.lastNumber()));
        return true;
    }

    /** {@code [[text]]} filling the whole line, from its first character to its last. */
    private boolean note(Line line) {
        String text = line.text();
        if (text.length() < 5 || !text.startsWith("[[") || text.charAt(2) == '[' || !text.endsWith("]]")) {
            return false;
        }
        elements.add(new Note(text.substring(2, text.length() - 2), line.number(), line.lastNumber()));
        return true;
    }

    /** Every line starts with {@code ~} followed by something other than a space. */
    private static boolean lyrics(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            int start = Whitespace.skip(text, 0);
            if (start + 1 >= text.length() || text.charAt(start) != '~' || text.charAt(start + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private void addLyrics(List<Line> lines, int from, int to) {
        var text = new StringBuilder();
        for (int i = from; i < to; i++) {
            String line = lines.get(i).text();
            if (i > from) {
                text.append('\n');
            }
            text.append(line, Whitespace.skip(line, 0) + 1, line.length());
        }
        String lyric = text.toString();
        elements.add(new Lyric(lyric, InlineMarkup.runs(lyric), lines.get(from).number(),
                lines.get(to - 1).lastNumber()));
    }

    private static boolean isPageBreak(String text) {
        if (text.length() < 3) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '=') {
                return false;
            }
        }
        return true;
    }

    /** Everything else. A {@code !} that starts a line (not followed by a space) forces it and is dropped. */
    private void addAction(List<Line> lines, int from, int to) {
        String action;
        boolean forced = forcedAction(lines.get(from).text());
        if (to - from == 1 && !forced) {
            action = lines.get(from).text();
        } else {
            var text = new StringBuilder(length(lines, from, to));
            for (int i = from; i < to; i++) {
                String line = lines.get(i).text();
                if (i > from) {
                    text.append('\n');
                }
                if (forcedAction(line)) {
                    int bang = Whitespace.skip(line, 0);
                    text.append(line, 0, bang).append(line, bang + 1, line.length());
                } else {
                    text.append(line);
                }
            }
            action = text.toString();
        }
        elements.add(new Action(action, forced, InlineMarkup.runs(action), lines.get(from).number(),
                lines.get(to - 1).lastNumber()));
    }

    private static boolean forcedAction(String line) {
        int start = Whitespace.skip(line, 0);
        return start < line.length() && line.charAt(start) == '!'
                && (start + 1 >= line.length() || line.charAt(start + 1) != ' ');
    }

    /** The length of the lines joined with line breaks, to size a builder once. */
    private static int length(List<Line> lines, int from, int to) {
        int length = to - from;
        for (int i = from; i < to; i++) {
            length += lines.get(i).text().length();
        }
        return length;
    }

    // Warnings -----------------------------------------------------------------------------------------------------

    /** A {@code [[} without {@code ]]} later in the same paragraph stays as text; say where it is. */
    private void findUnclosedNote(List<Line> lines, int from, int to) {
        int openLine = 0;
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            int k = 0;
            while (true) {
                if (openLine == 0) {
                    int open = text.indexOf("[[", k);
                    if (open < 0) {
                        break;
                    }
                    openLine = lines.get(i).number();
                    k = open + 2;
                }
                int close = text.indexOf("]]", k);
                if (close < 0) {
                    break;
                }
                openLine = 0;
                k = close + 2;
            }
        }
        if (openLine != 0 && warnings.size() < MAX_NOTE_WARNINGS) {
            warnings.add(new ScriptWarning(openLine, ScriptWarning.UNCLOSED_NOTE));
        }
    }
}
