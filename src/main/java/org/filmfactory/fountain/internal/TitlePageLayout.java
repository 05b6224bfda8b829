package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.TitlePageEntry;

/**
 * Where a title page entry goes when printed or written for Final Draft: title, credit, author and source centered
 * about a third of the way down (in English or Chinese keys), everything else at the foot on the left.
 */
final class TitlePageLayout {

    private static final Set<String> CENTERED_KEYS = Set.of("title", "credit", "author", "authors", "source",
            "标题", "署名", "作者", "编剧", "来源", "原著");

    private TitlePageLayout() {
    }

    static boolean centered(TitlePageEntry entry) {
        return CENTERED_KEYS.contains(entry.key().strip().toLowerCase(Locale.ROOT));
    }

    /** The runs split at line ends, empty lines left out; one empty line when nothing is left. */
    static List<List<TextRun>> lines(List<TextRun> runs) {
        List<List<TextRun>> lines = new ArrayList<>();
        List<TextRun> line = new ArrayList<>();
        for (var run : runs) {
            String[] pieces = run.text().split("\n", -1);
            for (int p = 0; p < pieces.length; p++) {
                if (p > 0) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                if (!pieces[p].isEmpty()) {
                    line.add(new TextRun(pieces[p], run.bold(), run.italic(), run.underline()));
                }
            }
        }
        lines.add(line);
        lines.removeIf(List::isEmpty);
        if (lines.isEmpty()) {
            lines.add(List.of(TextRun.plain("")));
        }
        return lines;
    }
}
