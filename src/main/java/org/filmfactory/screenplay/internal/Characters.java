package org.filmfactory.screenplay.internal;

/**
 * Whole characters only. Positions count UTF-16 units, so a change could cut an emoji or a rare Chinese character
 * (a surrogate pair) in two: no editor does that when people type, the database cannot store the half that would
 * remain, and the cluster's serialization would turn it into "?" on other nodes. Such a change is refused.
 */
final class Characters {

    private Characters() {
    }

    /** Whether {@code change}, which produced {@code after}, left a lone surrogate at any of its edges or inside. */
    static boolean splitsAPair(TextChange change, String after) {
        for (var range : change.changedRanges(false)) {
            if (brokenAt(after, range.fromB()) || brokenAt(after, range.toB())) {
                return true;
            }
            var inserted = range.inserted();
            for (int i = 0; i < inserted.length(); i++) {
                char c = inserted.charAt(i);
                if (Character.isHighSurrogate(c) ? i + 1 >= inserted.length()
                        || !Character.isLowSurrogate(inserted.charAt(++i)) : Character.isLowSurrogate(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code at} falls between the two halves of a pair, or next to a half without its partner. */
    private static boolean brokenAt(String text, int at) {
        boolean highBefore = at > 0 && Character.isHighSurrogate(text.charAt(at - 1));
        boolean lowAfter = at < text.length() && Character.isLowSurrogate(text.charAt(at));
        return highBefore || lowAfter;
    }
}
