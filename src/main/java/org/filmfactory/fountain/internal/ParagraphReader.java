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
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.ScriptWarning;
import org.filmfactory.fountain.Section;
import org.filmfactory.fountain.Synopsis;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.Transition;
import org.jspecify.annotations.Nullable;

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
    private static final String[][] PARENTHETICAL_WRAPPERS = wrappers();
    private static final String[] CHINESE_PREFIXES = {"内外景", "内/外景", "外/内景", "内景", "外景"};
    private static final String CHINESE_SEPARATORS = ".。．:：";
    private static final String[] SIMPLE_PREFIXES = {"int", "ext", "est"};
    private static final String[] INSIDE = {"int", "i"};
    private static final String[] OUTSIDE = {"ext", "e"};

    private final Dialect dialect;
    final List<ScriptElement> elements = new ArrayList<>();
    final List<ScriptWarning> warnings = new ArrayList<>();
    /** The index in {@link #elements} of the cue of the dialogue block just read, -1 when the last was no block. */
    private int previousCue = -1;

    private record Cue(String name, List<String> extensions, boolean dual, boolean forced) {
    }

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
            while (first < last && isLineBreak(lines.get(first))) {
                first++;
            }
            while (last > first && isLineBreak(lines.get(last - 1))) {
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

    private static boolean isLineBreak(Line line) {
        return "  ".equals(line.text());
    }

    private void paragraph(List<Line> lines, int from, int to) {
        findUnclosedNote(lines, from, to);
        previousCue = classify(lines, from, to);
    }

    /** Adds the paragraph's elements; returns the index of its cue when it is a dialogue block, otherwise -1. */
    private int classify(List<Line> lines, int from, int to) {
        var first = lines.get(from);
        boolean single = to - from == 1;
        if (single && heading(first)) {
            return -1;
        }
        if (centered(lines, from, to)) {
            addCentered(lines, from, to);
            return -1;
        }
        if (single && transition(first)) {
            return -1;
        }
        if (!single) {
            var cue = cue(first.text());
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

    // Scene headings -----------------------------------------------------------------------------------------------

    /**
     * {@code INT}, {@code EXT}, {@code EST}, {@code INT./EXT}, {@code INT/EXT}, {@code I/E} (any case, emphasis marks
     * allowed before it), then a dot or a space and at least one more character; or a forcing dot directly followed
     * by text ({@code .KITCHEN}; {@code ...} and {@code . TEXT} are not headings). The paragraph is one line, so
     * the heading has a blank line (or the start or end of the script) before and after it.
     */
    private boolean heading(Line line) {
        String text = line.text();
        int start = Whitespace.skip(text, 0);
        int q = start;
        int stars = 0;
        while (q < text.length() && text.charAt(q) == '*' && stars < 3) {
            q++;
            stars++;
        }
        if (q < text.length() && text.charAt(q) == '_') {
            q++;
        }
        if (hasHeadingPrefix(text, q)) {
            addHeading(Whitespace.trim(text.substring(start)), false, line);
            return true;
        }
        if (start + 1 < text.length() && text.charAt(start) == '.' && text.charAt(start + 1) != '.'
                && !Whitespace.isSpace(text.charAt(start + 1))) {
            addHeading(Whitespace.trim(text.substring(start + 1)), true, line);
            return true;
        }
        if (dialect == Dialect.CHINESE && hasChineseHeadingPrefix(text, start)) {
            addHeading(Whitespace.trim(text.substring(start)), false, line);
            return true;
        }
        return false;
    }

    private static boolean hasHeadingPrefix(String text, int at) {
        for (String simple : SIMPLE_PREFIXES) {
            if (followedByHeadingText(text, matchAscii(text, at, simple))) {
                return true;
            }
        }
        for (String inside : INSIDE) {
            int p = matchAscii(text, at, inside);
            if (p < 0) {
                continue;
            }
            for (int dot = 0; dot <= 1; dot++) {
                int slash = p;
                if (dot == 1) {
                    if (slash >= text.length() || text.charAt(slash) != '.') {
                        continue;
                    }
                    slash++;
                }
                if (slash >= text.length() || text.charAt(slash) != '/') {
                    continue;
                }
                for (String outside : OUTSIDE) {
                    if (followedByHeadingText(text, matchAscii(text, slash + 1, outside))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** After the prefix: a dot or a space, and at least one more character. */
    private static boolean followedByHeadingText(String text, int end) {
        return end >= 0 && end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ' ');
    }

    /** The end of {@code word} (lower-case ASCII) at {@code at} in any case, or -1. */
    private static int matchAscii(String text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            if (c != word.charAt(i) && c != Character.toUpperCase(word.charAt(i))) {
                return -1;
            }
        }
        return at + word.length();
    }

    /** {@code 内景}, {@code 外景}, {@code 内外景}, {@code 内/外景}, then a space or dot and at least one more character. */
    private static boolean hasChineseHeadingPrefix(String text, int start) {
        for (String prefix : CHINESE_PREFIXES) {
            if (text.startsWith(prefix, start)) {
                int k = start + prefix.length();
                if (k >= text.length() || !isChineseSeparator(text.charAt(k))) {
                    return false;
                }
                while (k < text.length() && isChineseSeparator(text.charAt(k))) {
                    k++;
                }
                return k < text.length();
            }
        }
        return false;
    }

    private static boolean isChineseSeparator(char c) {
        return Whitespace.isSpace(c) || CHINESE_SEPARATORS.indexOf(c) >= 0;
    }

    private void addHeading(String written, boolean forced, Line line) {
        String text = written;
        String number = null;
        int hashEnd = text.length() - 1;
        if (hashEnd > 0 && text.charAt(hashEnd) == '#') {
            int hashStart = text.lastIndexOf('#', hashEnd - 1);
            if (hashStart >= 0 && hashStart < hashEnd - 1 && isSceneNumber(text, hashStart + 1, hashEnd)) {
                number = text.substring(hashStart + 1, hashEnd);
                text = text.substring(0, Whitespace.end(text, 0, hashStart));
            }
        }
        var runs = InlineMarkup.runs(text);
        var anatomy = HeadingAnatomy.of(TextRun.plainText(runs));
        elements.add(new SceneHeading(text, number, forced, anatomy.prefix(), anatomy.setting(), anatomy.location(),
                anatomy.timeOfDay(), runs, line.number(), line.lastNumber()));
    }

    /** ASCII letters, digits, {@code _}, {@code -} and {@code .}: {@code 1}, {@code 1A}, {@code 2-B}, {@code I-1-A}. */
    private static boolean isSceneNumber(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
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

    // Dialogue -----------------------------------------------------------------------------------------------------

    /**
     * The first line of a paragraph of two or more lines is a character cue when it is {@code @} and a name, or a
     * name without lower-case ASCII letters (so Chinese, which has no case, always qualifies); then optional
     * parenthesised extensions, optional {@code ^} for dual dialogue. It is not a cue when it starts with {@code !},
     * {@code .}, {@code >}, {@code ~}, {@code =}, {@code #} or {@code \@}, when it is only digits (a numbered list),
     * or when the name ends in {@code TO:}, {@code BLACK.} or {@code OUT.} (a transition). The reference also accepts
     * a blank name before an extension ({@code " (V.O.)"}); this reader wants at least one visible character.
     */
    private static @Nullable Cue cue(String text) {
        int len = text.length();
        int start = Whitespace.skip(text, 0);
        if (start >= len) {
            return null;
        }
        char first = text.charAt(start);
        if (first == '!' || first == '.' || first == '>' || first == '~' || first == '=' || first == '#'
                || (first == '\\' && start + 1 < len && text.charAt(start + 1) == '@')) {
            return null;
        }
        if (numbered(text, start)) {
            return null;
        }
        if (first == '@') {
            int end = start + 1;
            while (end < len && !stopsName(text.charAt(end))) {
                end++;
            }
            var cue = end > start + 1 ? cueWithTail(text, start + 1, end, true) : null;
            if (cue != null) {
                return cue;
            }
        }
        int end = 0;
        while (end < len && !stopsName(text.charAt(end)) && !(text.charAt(end) >= 'a' && text.charAt(end) <= 'z')) {
            end++;
        }
        if (end == 0 || endsLikeTransition(text, end)) {
            return null;
        }
        return cueWithTail(text, 0, end, false);
    }

    private static boolean stopsName(char c) {
        return c == '^' || c == '(' || c == ')';
    }

    private static boolean endsLikeTransition(String text, int end) {
        if (text.startsWith("BLACK.", end - 6) || text.startsWith("OUT.", end - 4)) {
            return true;
        }
        int trimmed = Whitespace.end(text, 0, end);
        return trimmed >= 3 && text.startsWith("TO:", trimmed - 3);
    }

    /** A cue line of digits, spaces, {@code *} and {@code _} only ({@code 1.} is excluded earlier by the dot). */
    private static boolean numbered(String text, int start) {
        int len = text.length();
        int k = start;
        while (k < len && ((text.charAt(k) >= '0' && text.charAt(k) <= '9') || text.charAt(k) == ' '
                || text.charAt(k) == '_' || text.charAt(k) == '*')) {
            k++;
        }
        if (k == start) {
            return false;
        }
        if (k < len && text.charAt(k) == '(') {
            int close = text.lastIndexOf(')');
            if (close < k) {
                return false;
            }
            k = close + 1;
        }
        while (k < len && (text.charAt(k) == '*' || text.charAt(k) == '_')) {
            k++;
        }
        if (k < len && text.charAt(k) == '^') {
            k++;
        }
        return Whitespace.isBlank(text, k, len);
    }

    /** The rest of the cue line after the name: extensions, emphasis marks and spaces, {@code ^}, white space. */
    private static @Nullable Cue cueWithTail(String text, int nameStart, int nameEnd, boolean forced) {
        int len = text.length();
        int k = nameEnd;
        List<String> extensions = List.of();
        if (k < len && text.charAt(k) == '(') {
            int close = text.lastIndexOf(')');
            if (close < k) {
                return null;
            }
            extensions = extensions(text, k, close + 1);
            k = close + 1;
        }
        while (k < len && (text.charAt(k) == ' ' || text.charAt(k) == '*' || text.charAt(k) == '_')) {
            k++;
        }
        boolean dual = false;
        if (k < len && text.charAt(k) == '^') {
            dual = true;
            k++;
        }
        if (!Whitespace.isBlank(text, k, len)) {
            return null;
        }
        String name = Whitespace.trim(text.substring(nameStart, nameEnd));
        if (!forced && name.startsWith("@")) {
            name = Whitespace.trim(name.substring(1));
        }
        if (name.isEmpty()) {
            return null;
        }
        return new Cue(name, extensions, dual, forced);
    }

    private static List<String> extensions(String text, int from, int to) {
        List<String> found = new ArrayList<>(2);
        int i = from;
        while (i < to) {
            int open = text.indexOf('(', i);
            if (open < 0 || open >= to) {
                break;
            }
            int close = text.indexOf(')', open + 1);
            if (close < 0 || close >= to) {
                break;
            }
            found.add(Whitespace.trim(text.substring(open + 1, close)));
            i = close + 1;
        }
        return found;
    }

    /** Returns the index of the block's cue in {@link #elements}. */
    private int dialogueBlock(Cue cue, List<Line> lines, int from, int to) {
        var first = lines.get(from);
        int cueIndex = elements.size();
        elements.add(new CharacterCue(cue.name(), cue.extensions(), cue.dual(), cue.forced(), first.number(),
                first.lastNumber()));
        if (cue.dual() && previousCue >= 0 && elements.get(previousCue) instanceof CharacterCue left) {
            elements.set(previousCue, new CharacterCue(left.name(), left.extensions(), true, left.forced(),
                    left.firstLine(), left.lastLine()));
        }
        var part = new DialoguePart();
        int start = from + 1;
        // The reference reads line breaks right under the cue as part of the cue line's end.
        while (start < to && isLineBreak(lines.get(start))) {
            start++;
        }
        for (int i = start; i < to; i++) {
            var line = lines.get(i);
            String text = isLineBreak(line) ? "" : Whitespace.trim(line.text());
            int kind = isParenthetical(text) ? DialoguePart.PARENTHETICAL
                    : isLyricLine(text) ? DialoguePart.LYRIC : DialoguePart.DIALOGUE;
            String content = kind == DialoguePart.LYRIC ? text.substring(1) : text;
            if (kind == DialoguePart.PARENTHETICAL || kind != part.kind) {
                addDialoguePart(part);
                part.start(kind, content, line);
            } else {
                part.append(content, line);
            }
        }
        addDialoguePart(part);
        return cueIndex;
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

    private void addDialoguePart(DialoguePart part) {
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
