package org.filmfactory.screenplay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A whole-text replacement becomes the smallest change that keeps whole characters at both of its edges: emoji,
 * emoji sequences and CJK extension characters are surrogate pairs that may share a half with what replaces them.
 */
class RewritesTest {

    @Test
    void replacesOneEmojiWithAnotherAsWholeCharacters() {
        // 🎬 is D83C DFAC and 🎭 is D83C DFAD: they share their first half.
        assertReplaced("Take 🎬 one", "Take 🎭 one", 5, 7, "🎭");
    }

    @Test
    void replacesCjkExtensionCharacters() {
        // 𠀀 U+20000 is D840 DC00, 𠀁 U+20001 is D840 DC01.
        assertReplaced("第𠀀场", "第𠀁场", 1, 3, "𠀁");
    }

    @Test
    void replacesTheLastEmojiOfAZeroWidthJoinerSequence() {
        // 👨‍👩‍👧 → 👨‍👩‍👦: the family keeps its first two members and the joiners.
        assertReplaced("A 👨\u200D👩\u200D👧 family", "A 👨\u200D👩\u200D👦 family", 8, 10,
                "👦");
    }

    @Test
    void replacesAPairAtTheVeryStartAndTheVeryEnd() {
        assertReplaced("🎬INT. HOUSE", "🎭INT. HOUSE", 0, 2, "🎭");
        assertReplaced("FADE OUT 🎬", "FADE OUT 🎭", 9, 11, "🎭");
        assertReplaced("𠀀", "𠀁", 0, 2, "𠀁");
    }

    @Test
    void keepsSharedSecondHalvesOutOfTheChangeToo() {
        // 🎬 is D83C DFAC, 🐬 D83D DC2C (another first half), 🏬 D83C DFEC (the same first half).
        assertReplaced("a🎬", "b🎬", 0, 1, "b");
        assertReplaced("🎬🎬", "🐬🎬", 0, 2, "🐬");
        assertReplaced("x🏬y", "x🎬y", 1, 3, "🎬");
    }

    @Test
    void insertsAndDeletesWholePairsBesideEqualOnes() {
        assertReplaced("🎬🎬", "🎬🎬🎬", 4, 4, "🎬");
        assertReplaced("🎬🎭🎬", "🎬🎬", 2, 4, "");
    }

    /** The change replaces {@code before}'s units {@code from}–{@code to} with {@code insert}, and nothing else. */
    private static void assertReplaced(String before, String after, int from, int to, String insert) {
        var change = Rewrites.replacing(before, after);
        assertThat(change).isEqualTo(TextChange.of(before.length(), from, to, insert));
        assertThat(change.apply(before)).isEqualTo(after);
        assertThat(Characters.splitsAPair(change, after)).as("splits a pair").isFalse();
    }
}
