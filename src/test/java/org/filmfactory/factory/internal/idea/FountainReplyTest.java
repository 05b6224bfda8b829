package org.filmfactory.factory.internal.idea;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FountainReplyTest {

    static final String SCRIPT = "Title: Rain\n\nEXT. BUS STOP - NIGHT\n\nRain pours.\n";

    @Test
    void keepsTheLongestFencedBlock() {
        assertThat(FountainReply.extract("Sure! Here it is:\n\n```\nshort\n```\n\n```fountain\n" + SCRIPT
                + "```\nLet me know if you want changes.")).isEqualTo(SCRIPT);
    }

    @Test
    void dropsReasoningAndChatterBeforeTheTitlePage() {
        assertThat(FountainReply.extract("<think>The user wants a rainy scene. INT. maybe?</think>\n"
                + "Here is a screenplay for you.\r\n\r\n" + SCRIPT.replace("\n", "\r\n"))).isEqualTo(SCRIPT);
    }

    @Test
    void startsAtTheFirstChineseHeadingWithoutATitlePage() {
        assertThat(FountainReply.extract("好的，以下是剧本：\n\n外景 公交站 - 夜\n\n大雨倾盆。\n"))
                .isEqualTo("外景 公交站 - 夜\n\n大雨倾盆。\n");
    }

    @Test
    void nothingButBlanksIsEmpty() {
        assertThat(FountainReply.extract(" \n```\n\n```\n")).isEmpty();
    }
}
