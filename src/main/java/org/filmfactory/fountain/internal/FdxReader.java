package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.Centered;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.Lyric;
import org.filmfactory.fountain.Note;
import org.filmfactory.fountain.PageBreak;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.ScriptFileRefused;
import org.filmfactory.fountain.Section;
import org.filmfactory.fountain.Setting;
import org.filmfactory.fountain.Synopsis;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.TitlePageEntry;
import org.filmfactory.fountain.Transition;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Reads a Final Draft ({@code .fdx}) file into script elements and title page entries, ready for
 * {@link ParagraphWriter}.
 *
 * <p>The XML is read with every door closed: no document type declaration at all (so no entities, internal or
 * external, and no billion-laughs expansion), no external DTDs or schemas, no XInclude, secure processing on. A file
 * that declares a document type is refused with a {@code ScriptFileRefused} before anything in it is used; Final Draft
 * itself never writes one.
 *
 * <p>Paragraph types: {@code Scene Heading} (its {@code Number} is the scene number), {@code Action}, {@code General},
 * {@code Shot} and unknown types as action ({@code Alignment="Center"} makes it centered text), {@code Character},
 * {@code Dialogue}, {@code Parenthetical}, {@code Lyrics}, {@code Transition}; the blocks inside a
 * {@code DualDialogue} are dual dialogue; {@code StartsNewPage="Yes"} is a page break before the paragraph. The
 * {@code Outline N}, {@code Synopsis} and {@code Note} types, which {@link FdxWriter} uses for Fountain's sections,
 * synopses and notes, come back as those. Text styles {@code Bold}, {@code Italic} and {@code Underline} become
 * emphasis.
 */
public final class FdxReader {

    /** What a Final Draft file holds, in Fountain's terms; elements carry no line numbers (they are 0). */
    public record FinalDraftScript(List<TitlePageEntry> titlePage, List<ScriptElement> elements) {
    }

    static final String KEY_ATTRIBUTE = "FountainKey";
    private static final Pattern EXTENSION = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern OUTLINE = Pattern.compile("Outline(?: (\\d+))?");
    private static final Pattern ONLY_NOTES = Pattern.compile("(?:\\s*\\[\\[[^\\]]*]]\\s*)+");
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z][A-Za-z ]{1,20}):\\s*(.*)");
    private static final List<String> CREDITS = List.of("written by", "by", "screenplay by", "teleplay by",
            "story by", "written & directed by", "written and directed by", "编剧", "作者");

    private final List<ScriptElement> elements = new ArrayList<>();
    /** Whether the last paragraph read belongs to a dialogue block that a dialogue line may continue. */
    private boolean inBlock;

    private FdxReader() {
    }

    /**
     * See {@link org.filmfactory.fountain.FinalDraft#readAsFountain}.
     */
    public static FinalDraftScript read(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw ScriptFileRefused.tooLarge(maxBytes);
        }
        var root = FdxXml.parse(bytes).getDocumentElement();
        if (!"FinalDraft".equals(root.getTagName())) {
            throw ScriptFileRefused.malformedFinalDraft(1);
        }
        var reader = new FdxReader();
        var content = FdxXml.child(root, "Content");
        if (content != null) {
            reader.content(content);
        }
        var titlePage = FdxXml.child(root, "TitlePage");
        var titleContent = titlePage == null ? null : FdxXml.child(titlePage, "Content");
        return new FinalDraftScript(titleContent == null ? List.of() : titlePage(titleContent),
                List.copyOf(reader.elements));
    }

    // Script -----------------------------------------------------------------------------------------------------------

    private void content(Element content) {
        for (var paragraph : FdxXml.children(content, "Paragraph")) {
            var dual = FdxXml.child(paragraph, "DualDialogue");
            if (dual != null) {
                if (startsNewPage(paragraph)) {
                    pageBreak();
                }
                inBlock = false;
                for (var inner : FdxXml.children(dual, "Paragraph")) {
                    paragraph(inner, true);
                }
                inBlock = false;
            } else {
                paragraph(paragraph, false);
            }
        }
    }

    private static boolean startsNewPage(Element paragraph) {
        return "Yes".equalsIgnoreCase(paragraph.getAttribute("StartsNewPage"));
    }

    private void pageBreak() {
        elements.add(new PageBreak(0, 0));
        inBlock = false;
    }

    private void paragraph(Element paragraph, boolean dual) {
        if (startsNewPage(paragraph)) {
            pageBreak();
        }
        var runs = trim(runs(paragraph));
        if (runs.isEmpty()) {
            return;
        }
        String type = paragraph.getAttribute("Type").strip();
        String plain = TextRun.plainText(runs);
        String text = ParagraphWriter.markup(runs);
        if (ONLY_NOTES.matcher(plain).matches()) {
            // A paragraph of Fountain notes only, as FdxWriter writes an action that prints nothing: kept as notes.
            text = plain;
            runs = List.of();
        }
        boolean centered = "Center".equalsIgnoreCase(paragraph.getAttribute("Alignment"))
                || "Centered".equalsIgnoreCase(paragraph.getAttribute("Alignment"));
        Matcher outline = OUTLINE.matcher(type);
        ScriptElement element = switch (type) {
            case "Scene Heading" -> new SceneHeading(text, sceneNumber(paragraph.getAttribute("Number")), false, "",
                    Setting.UNSPECIFIED, "", "", runs, 0, 0);
            case "Character" -> cue(plain, dual);
            case "Dialogue" -> inBlock ? new Dialogue(text, runs, 0, 0) : new Action(text, false, runs, 0, 0);
            case "Parenthetical" -> inBlock ? parenthetical(runs) : new Action(text, false, runs, 0, 0);
            case "Lyrics" -> new Lyric(text, runs, 0, 0);
            case "Transition" -> new Transition(text, false, runs, 0, 0);
            case "Synopsis" -> new Synopsis(oneLine(plain), 0, 0);
            case "Note" -> new Note(oneLine(plain), 0, 0);
            default -> outline.matches()
                    ? new Section(oneLine(plain), outline.group(1) == null ? 1 : Integer.parseInt(outline.group(1)), 0, 0)
                    : centered ? new Centered(text, runs, 0, 0) : new Action(text, false, runs, 0, 0);
        };
        inBlock = element instanceof CharacterCue
                || (inBlock && (element instanceof Dialogue || element instanceof Parenthetical
                        || element instanceof Lyric));
        elements.add(element);
    }

    private static @Nullable String sceneNumber(String number) {
        String trimmed = number.strip();
        return trimmed.isEmpty() || !trimmed.matches("[A-Za-z0-9_.-]+") ? null : trimmed;
    }

    private static CharacterCue cue(String plain, boolean dual) {
        String line = oneLine(plain);
        if (line.endsWith("^")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        int open = line.indexOf('(');
        String name = (open < 0 ? line : line.substring(0, open)).strip();
        List<String> extensions = new ArrayList<>();
        if (open >= 0) {
            Matcher matcher = EXTENSION.matcher(line.substring(open));
            while (matcher.find()) {
                extensions.add(matcher.group(1).strip());
            }
        }
        return new CharacterCue(name.isEmpty() ? line : name, extensions, dual, false, 0, 0);
    }

    private static Parenthetical parenthetical(List<TextRun> runs) {
        String plain = TextRun.plainText(runs);
        List<TextRun> wrapped = runs;
        if (!plain.startsWith("(") || !plain.endsWith(")")) {
            wrapped = new ArrayList<>();
            wrapped.add(TextRun.plain("("));
            wrapped.addAll(runs);
            wrapped.add(TextRun.plain(")"));
        }
        return new Parenthetical(ParagraphWriter.markup(wrapped).replace('\n', ' '), wrapped, 0, 0);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').strip();
    }

    /** The paragraph's {@code Text} children as runs, styles kept, line ends as {@code \n}. */
    private static List<TextRun> runs(Element paragraph) {
        List<TextRun> runs = new ArrayList<>();
        for (var text : FdxXml.children(paragraph, "Text")) {
            String content = text.getTextContent().replace("\r\n", "\n").replace('\r', '\n');
            if (content.isEmpty()) {
                continue;
            }
            var styles = List.of(text.getAttribute("Style").split("\\+"));
            runs.add(new TextRun(content, styles.contains("Bold"), styles.contains("Italic"),
                    styles.contains("Underline")));
        }
        return runs;
    }

    /** Drops blank lines and white space at both ends of the paragraph. */
    private static List<TextRun> trim(List<TextRun> runs) {
        String plain = TextRun.plainText(runs);
        int start = 0;
        int end = plain.length();
        while (start < end && Character.isWhitespace(plain.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(plain.charAt(end - 1))) {
            end--;
        }
        if (start == 0 && end == plain.length()) {
            return runs;
        }
        List<TextRun> trimmed = new ArrayList<>();
        int offset = 0;
        for (var run : runs) {
            int from = Math.max(start, offset);
            int to = Math.min(end, offset + run.text().length());
            if (from < to) {
                trimmed.add(new TextRun(run.text().substring(from - offset, to - offset), run.bold(), run.italic(),
                        run.underline()));
            }
            offset += run.text().length();
        }
        return trimmed;
    }

    // Title page -------------------------------------------------------------------------------------------------------

    private record TitleLine(String key, boolean centered, List<TextRun> runs) {
    }

    /**
     * Title page paragraphs that {@link FdxWriter} wrote carry their Fountain key; one from Final Draft has only its
     * place: the first centered group is the title, a group like "Written by" the credit, the group after it the
     * author, later centered groups the source; groups lower down are "Key: value" lines, the draft date (when it
     * holds a digit) or the contact.
     */
    private static List<TitlePageEntry> titlePage(Element content) {
        List<TitleLine> lines = new ArrayList<>();
        for (var paragraph : FdxXml.children(content, "Paragraph")) {
            var runs = trim(runs(paragraph));
            String key = paragraph.getAttribute(KEY_ATTRIBUTE).strip();
            boolean centered = paragraph.getAttribute("Alignment").toLowerCase(Locale.ROOT).startsWith("center");
            if (!key.isEmpty() && runs.isEmpty()) {
                // A key written with no value ("Credit:") keeps its place.
                lines.add(new TitleLine(key, centered, List.of(TextRun.plain(""))));
                continue;
            }
            lines.add(new TitleLine(key, centered, runs));
        }
        List<TitlePageEntry> entries = new ArrayList<>();
        String guessed = null;
        int i = 0;
        while (i < lines.size()) {
            var line = lines.get(i);
            if (line.runs().isEmpty()) {
                i++;
                continue;
            }
            List<TextRun> value = new ArrayList<>(line.runs());
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).runs().isEmpty() && lines.get(j).key().equals(line.key())
                    && lines.get(j).centered() == line.centered()) {
                value.add(TextRun.plain("\n"));
                value.addAll(lines.get(j).runs());
                j++;
            }
            String key = line.key();
            if (key.isEmpty()) {
                String plain = TextRun.plainText(value);
                Matcher keyValue = KEY_VALUE.matcher(plain);
                if (line.centered()) {
                    key = guessed == null ? "Title"
                            : CREDITS.contains(plain.strip().toLowerCase(Locale.ROOT)) ? "Credit"
                            : "Credit".equals(guessed) ? "Author" : "Source";
                } else if (keyValue.matches() && !plain.contains("\n")) {
                    key = keyValue.group(1).strip();
                    value = List.of(TextRun.plain(keyValue.group(2).strip()));
                } else {
                    key = plain.chars().anyMatch(Character::isDigit) && !plain.contains("\n") ? "Draft date"
                            : "Contact";
                }
                guessed = key;
            }
            String text = ParagraphWriter.markup(value);
            entries.add(new TitlePageEntry(key, text, value, 0, 0));
            i = j;
        }
        return entries;
    }
}
