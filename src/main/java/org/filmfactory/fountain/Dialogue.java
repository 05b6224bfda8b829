package org.filmfactory.fountain;

import java.util.List;

/**
 * Spoken lines under a {@link CharacterCue}, up to the next parenthetical, lyric or the end of the block.
 *
 * @param text the lines trimmed and joined with {@code \n}; a line of exactly two spaces is kept as an empty line
 */
public record Dialogue(String text, List<TextRun> runs, int firstLine, int lastLine) implements ScriptElement {

    public Dialogue {
        runs = List.copyOf(runs);
    }
}
