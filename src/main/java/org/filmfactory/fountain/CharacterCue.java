package org.filmfactory.fountain;

import java.util.List;
import java.util.Locale;

/**
 * The name above a dialogue block ({@code STEEL}, {@code MAN (V.O.)}, {@code @McCABE}, {@code BRICK ^}). Named
 * {@code CharacterCue} rather than {@code Character} so it never hides {@link java.lang.Character}.
 *
 * @param name the name as written, trimmed, without {@code @}, extensions and {@code ^}
 * @param extensions the parenthesised extensions without their parentheses, in order ({@code V.O.},
 *     {@code CONT'D}, {@code 画外音})
 * @param dual whether this block is one side of dual dialogue: the cue marked {@code ^} and the cue of the block
 *     right before it
 * @param forced whether the cue was forced with {@code @}
 */
public record CharacterCue(String name, List<String> extensions, boolean dual, boolean forced, int firstLine,
        int lastLine) implements ScriptElement {

    public CharacterCue {
        extensions = List.copyOf(extensions);
    }

    /**
     * The name as the breakdown counts it: whitespace collapsed to one space and upper-cased by Unicode rules
     * ({@code McCabe} and {@code MCCABE} are one character; Chinese is unchanged).
     */
    public String normalizedName() {
        if (!needsCollapsing(name)) {
            return name.toUpperCase(Locale.ROOT);
        }
        var collapsed = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = collapsed.length() > 0;
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(c);
            }
        }
        return collapsed.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean needsCollapsing(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return true;
            }
            if (c == ' ' && (i == 0 || i == name.length() - 1 || name.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
