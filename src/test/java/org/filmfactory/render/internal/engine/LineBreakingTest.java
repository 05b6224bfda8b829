package org.filmfactory.render.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/** Line breaking measured in characters (every character one unit wide) so the expected lines are exact. */
class LineBreakingTest {

    private static final ToIntFunction<String> CHARACTERS = String::length;

    @Test
    void breaksChineseBetweenCharactersButNeverBeforeClosingPunctuation() {
        // a break after 4 characters would start a line with "，": it moves back a character
        assertThat(LineBreaking.wrap("我们走吧，天快黑了。", CHARACTERS, 4)).containsExactly("我们走", "吧，天快", "黑了。");
        assertThat(LineBreaking.wrap("我们走吧，天快黑了。", CHARACTERS, 5)).containsExactly("我们走吧，", "天快黑了。");
    }

    @Test
    void neverBreaksAfterOpeningPunctuation() {
        // "他说「" would fit 3 but ends on an opening bracket; "吧」" keeps its closing bracket
        assertThat(LineBreaking.wrap("他说「走吧」然后", CHARACTERS, 3)).containsExactly("他说", "「走", "吧」然", "后");
    }

    @Test
    void breaksEnglishAtSpacesWithoutHyphens() {
        assertThat(LineBreaking.wrap("She pours the tea slowly.", CHARACTERS, 12))
                .containsExactly("She pours", "the tea", "slowly.");
    }

    @Test
    void twoLinesAreBalanced() {
        assertThat(LineBreaking.twoLines("She pours the tea slowly, watching", CHARACTERS, 24))
                .containsExactly("She pours the tea", "slowly, watching");
        assertThat(LineBreaking.twoLines("我们走吧，天快黑了。", CHARACTERS, 8)).containsExactly("我们走吧，", "天快黑了。");
        assertThat(LineBreaking.twoLines("short", CHARACTERS, 24)).containsExactly("short");
        assertThat(LineBreaking.twoLines("far too long for two lines of six", CHARACTERS, 6)).isEmpty();
    }

    @Test
    void longTextEndsWithAnEllipsisOnTheSecondLine() {
        assertThat(LineBreaking.ellipsized("one two three four five six", CHARACTERS, 9))
                .containsExactly("one two", "three fo…");
    }

    @Test
    void linesOfACueJoinWithASpaceOnlyBetweenWords() {
        assertThat(LineBreaking.joinLines("Hello\nthere")).isEqualTo("Hello there");
        assertThat(LineBreaking.joinLines("你好\n世界")).isEqualTo("你好世界");
    }
}
