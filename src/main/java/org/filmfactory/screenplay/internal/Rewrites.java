package org.filmfactory.screenplay.internal;

/** Whole-text replacements (a save, an import, a restore) as the smallest single change: what differs in between. */
public final class Rewrites {

    private Rewrites() {
    }

    /**
     * One change turning {@code before} into {@code after} that keeps their common start and end, so a save that
     * touched one scene is one small step in the history and in everyone's editor, not a replacement of everything.
     * The kept start and end are whole characters: replacing 🎬 with 🎭 shares the first half of the surrogate pair,
     * and a change that began between the halves would be refused as splitting a pair (issue 9).
     */
    public static TextChange replacing(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int start = 0;
        while (start < limit && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        if (start > 0 && Character.isHighSurrogate(before.charAt(start - 1))) {
            start--;
        }
        int end = 0;
        while (end < limit - start
                && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        if (end > 0 && Character.isLowSurrogate(before.charAt(before.length() - end))) {
            end--;
        }
        return TextChange.of(before.length(), start, before.length() - end,
                after.substring(start, after.length() - end));
    }
}
