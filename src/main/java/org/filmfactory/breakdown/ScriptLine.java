package org.filmfactory.breakdown;

import org.jspecify.annotations.Nullable;

/**
 * One printed line group of the script as a shot covers it: an action paragraph, a dialogue block's speech, or a
 * parenthetical. Scene headings, transitions, notes and the title page are not lines a shot shows.
 *
 * @param firstLine the element's first line in the script, 1-based (compare with {@link Shot#firstLine()})
 * @param character the normalized speaker for dialogue and parentheticals, null for action
 * @param text the text as printed (inline notes removed)
 */
public record ScriptLine(int firstLine, Kind kind, @Nullable String character, String text) {

    public enum Kind {
        ACTION,
        DIALOGUE,
        PARENTHETICAL
    }
}
