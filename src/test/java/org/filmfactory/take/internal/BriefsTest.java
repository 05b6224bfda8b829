package org.filmfactory.take.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.breakdown.ScriptLine;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.take.ShotBrief;
import org.junit.jupiter.api.Test;

/** From a script's automatic breakdown to the briefs the animatic draws. */
class BriefsTest {

    private static final String SCRIPT = """
            内景 茶馆 - 清晨

            老板@老王擦着一张旧桌子。

            @老王
            （自言自语）
            又是一个没人来的早晨。

            外景 茶馆门口 - 日

            @林姐
            这封信，我欠你三十年了。
            """;

    @Test
    void aDialogueShotIsBriefedWithItsSpeakerLinesAndTheScenesPlaceAndTime() {
        var breakdown = ScriptBreakdown.of(SCRIPT, Locale.SIMPLIFIED_CHINESE);
        var shot = breakdown.shots().get(2);
        var scene = breakdown.sceneOf(shot);

        var brief = Briefs.of("p1", scene, shot, breakdown.linesOf(shot), breakdown.cast(),
                Locale.SIMPLIFIED_CHINESE, 9, VideoFormat.VERTICAL_HD, "prompt");

        assertThat(breakdown.cast()).containsExactly("老王", "林姐");
        assertThat(breakdown.linesOf(shot)).containsExactly(
                new ScriptLine(6, ScriptLine.Kind.PARENTHETICAL, "老王", "（自言自语）"),
                new ScriptLine(7, ScriptLine.Kind.DIALOGUE, "老王", "又是一个没人来的早晨。"));
        assertThat(brief).isEqualTo(new ShotBrief("p1", shot.id().toString(), 1, 3, "内景 茶馆 - 清晨",
                BreakdownScene.Setting.INTERIOR, "茶馆", "清晨", ShotType.MEDIUM, CameraMove.STATIC,
                shot.duration(), List.of("老王"), "老王", List.of("老王", "林姐"),
                List.of(new ShotBrief.Line(ShotBrief.Line.Kind.PARENTHETICAL, "老王", "（自言自语）"),
                        new ShotBrief.Line(ShotBrief.Line.Kind.DIALOGUE, "老王", "又是一个没人来的早晨。")),
                "又是一个没人来的早晨。", Locale.SIMPLIFIED_CHINESE, 9, VideoFormat.VERTICAL_HD, "prompt"));
    }

    @Test
    void theBreakdownWithoutAProjectIsTheStudiosShotListAndStableRunToRun() {
        var first = ScriptBreakdown.of(SCRIPT, Locale.SIMPLIFIED_CHINESE);
        var again = ScriptBreakdown.of(SCRIPT, Locale.SIMPLIFIED_CHINESE);

        assertThat(again).isEqualTo(first);
        assertThat(first.shots()).extracting(shot -> first.sceneOf(shot).number() + "." + shot.number() + " "
                + shot.type() + " " + shot.subjects()).containsExactly("1.1 WIDE []", "1.2 MEDIUM [老王]",
                "1.3 MEDIUM [老王]", "2.1 WIDE []", "2.2 MEDIUM [林姐]");
        assertThat(first.shots().get(4).duration()).isEqualTo(Duration.ofMillis(3000));
    }

    @Test
    void thePromptSaysWhereWhoAndWhat() {
        var breakdown = ScriptBreakdown.of(SCRIPT, Locale.SIMPLIFIED_CHINESE);
        var shot = breakdown.shots().get(4);

        assertThat(Briefs.prompt(breakdown.sceneOf(shot), shot, breakdown.linesOf(shot), "ink wash, soft light"))
                .isEqualTo("外景 茶馆门口 - 日. medium shot. 林姐. 林姐 says: \"这封信，我欠你三十年了。\" "
                        + "ink wash, soft light");
    }
}
