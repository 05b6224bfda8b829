package org.filmfactory.fountain;

import java.util.List;

/**
 * One {@code Key: value} pair of the title page. Values may go on over indented lines ({@code Title:} /
 * {@code ⇥_**BRICK & STEEL**_} / {@code ⇥_**FULL RETIRED**_}).
 *
 * @param key the key as written, trimmed ({@code Title}, {@code Draft date}, {@code 标题})
 * @param value the value's lines, each trimmed, joined with {@code \n}; empty when the key has no value
 * @param runs the printed value with its emphasis, lines joined with {@code \n}
 */
public record TitlePageEntry(String key, String value, List<TextRun> runs, int firstLine, int lastLine) {

    public TitlePageEntry {
        runs = List.copyOf(runs);
    }
}
