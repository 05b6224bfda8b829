package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.TitlePageEntry;

/**
 * The title page: {@code Key: value} lines at the very top (blank lines before it are allowed), ending at the first
 * blank line. It only starts with a key the format knows ({@code Title}, {@code Credit}, {@code Author(s)},
 * {@code Source}, {@code Notes}, {@code Draft date}, {@code Date}, {@code Contact}, {@code Copyright},
 * {@code Revision(s)}; in the Chinese dialect also {@code 标题}, {@code 作者}, …), so a script that opens with
 * {@code FADE IN:} has none. After the first entry any key is accepted. A value goes on over lines indented by three
 * spaces or a tab; under a key with nothing after its colon ({@code Contact:}) unindented lines go on too, as many
 * writing apps save them, unless the value has already gone on over indented lines. A line that is none of these ends the title page without a blank line and is read as the
 * start of the script.
 */
final class TitlePageReader {

    private static final Set<String> KNOWN_KEYS = Set.of("title", "credit", "author", "authors", "source", "notes",
            "draft date", "draftdate", "date", "contact", "copyright", "revision", "revisions");
    private static final Set<String> KNOWN_CHINESE_KEYS = Set.of("标题", "署名", "作者", "编剧", "来源", "原著", "备注",
            "草稿日期", "日期", "联系", "联系方式", "版权", "修订", "草稿");

    final List<TitlePageEntry> entries = new ArrayList<>();
    /** The index of the first line after the title page. */
    int end;

    private record KeyLine(String key, String value, boolean known) {
    }

    private TitlePageReader() {
    }

    static TitlePageReader read(List<Line> lines, Dialect dialect) {
        var reader = new TitlePageReader();
        reader.scan(lines, dialect);
        return reader;
    }

    private void scan(List<Line> lines, Dialect dialect) {
        int i = 0;
        while (i < lines.size() && Whitespace.isBlank(lines.get(i).text())) {
            i++;
        }
        KeyLine first = i < lines.size() ? keyLine(lines.get(i).text(), dialect) : null;
        if (first == null || !first.known()) {
            end = 0;
            return;
        }
        String key = first.key();
        List<String> value = new ArrayList<>();
        if (!first.value().isEmpty()) {
            value.add(first.value());
        }
        boolean openValue = first.value().isEmpty();
        int firstLine = lines.get(i).number();
        int lastLine = lines.get(i).lastNumber();
        i++;
        while (i < lines.size()) {
            var line = lines.get(i);
            String text = line.text();
            if (Whitespace.isBlank(text)) {
                break;
            }
            KeyLine next = keyLine(text, dialect);
            boolean newEntry = next != null && (next.known() || !next.value().isEmpty());
            if (isIndented(text) || (openValue && !newEntry)) {
                value.add(Whitespace.trim(text));
                lastLine = line.lastNumber();
                openValue &= !isIndented(text);
            } else if (newEntry) {
                add(key, value, firstLine, lastLine);
                key = next.key();
                value = new ArrayList<>();
                if (!next.value().isEmpty()) {
                    value.add(next.value());
                }
                openValue = next.value().isEmpty();
                firstLine = line.number();
                lastLine = line.lastNumber();
            } else {
                break;
            }
            i++;
        }
        add(key, value, firstLine, lastLine);
        end = i;
    }

    private void add(String key, List<String> value, int firstLine, int lastLine) {
        String text = String.join("\n", value);
        entries.add(new TitlePageEntry(key, text, InlineMarkup.runs(text), firstLine, lastLine));
    }

    private static boolean isIndented(String text) {
        return text.startsWith("\t") || text.startsWith("   ");
    }

    /** {@code Key: value} with a key of letters, digits, underscores and spaces; null when the line is not one. */
    private static KeyLine keyLine(String text, Dialect dialect) {
        int start = Whitespace.skip(text, 0);
        int colon = start;
        while (colon < text.length() && isKeyCharacter(text.charAt(colon), dialect)) {
            colon++;
        }
        if (colon == start || colon >= text.length()
                || !(text.charAt(colon) == ':' || (dialect == Dialect.CHINESE && text.charAt(colon) == '：'))) {
            return null;
        }
        String key = Whitespace.trim(text.substring(start, colon));
        if (key.isEmpty()) {
            return null;
        }
        String normalized = collapseSpaces(key.toLowerCase(Locale.ROOT));
        boolean known = KNOWN_KEYS.contains(normalized)
                || (dialect == Dialect.CHINESE && KNOWN_CHINESE_KEYS.contains(normalized));
        return new KeyLine(key, Whitespace.trim(text.substring(colon + 1)), known);
    }

    private static String collapseSpaces(String key) {
        var collapsed = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != ' ' || collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != ' ') {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    private static boolean isKeyCharacter(char c, Dialect dialect) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ' ') {
            return true;
        }
        return dialect == Dialect.CHINESE && Character.isLetterOrDigit(c);
    }
}
