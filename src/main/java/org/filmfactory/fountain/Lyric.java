package org.filmfactory.fountain;

import java.util.List;

/**
 * Sung lines, each starting with {@code ~}: a paragraph of its own or lines inside a dialogue block.
 *
 * @param text the lines without their {@code ~}, joined with {@code \n}
 */
public record Lyric(String text, List<TextRun> runs, int firstLine, int lastLine) implements ScriptElement {

    public Lyric {
        runs = List.copyOf(runs);
    }
}
