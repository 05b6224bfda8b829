package org.filmfactory.screenplay.internal;

/** Whole-text replacements (a save, an import, a restore) as the smallest single change: what differs in between. */
public final class Rewrites {

    private Rewrites() {
    }

    /**
     * One change turning {@code before} into {@code after} that keeps their common start and end, so a save that
     * touched one scene is one small step in the history and in everyone's editor, not a replacement of everything.
     */
    public static TextChange replacing(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int start = 0;
        while (start < limit && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < limit - start
                && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        return TextChange.of(before.length(), start, before.length() - end,
                after.substring(start, after.length() - end));
    }
}
