package org.filmfactory.breakdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.FountainReader;
import org.junit.jupiter.api.Test;

/** The automatic shot list of docs/breakdown-rules.md, rule by rule, in English and Chinese. */
class ShotRulesTest {

    private static List<DerivedScene> derive(Dialect dialect, String... lines) {
        return ShotRules.derive(FountainReader.read(String.join("\n", lines) + "\n", dialect));
    }

    private static List<DerivedShot> shotsOf(Dialect dialect, String... lines) {
        return derive(dialect, lines).getFirst().shots();
    }

    @Test
    void opensAScenePlacedSomewhereNewWithAnEstablishingWide() {
        var scenes = derive(Dialect.PLAIN,
                "INT. HOUSE - DAY", "", "Rain.", "",
                "INT. HOUSE - NIGHT", "", "More rain.", "",
                "EXT. STREET - NIGHT", "", "Puddles.");

        assertThat(scenes).extracting(scene -> scene.shots().stream().map(DerivedShot::origin).toList())
                .containsExactly(
                        List.of(ShotOrigin.ESTABLISHING, ShotOrigin.ACTION),
                        List.of(ShotOrigin.ACTION),
                        List.of(ShotOrigin.ESTABLISHING, ShotOrigin.ACTION));
        assertThat(scenes.getLast().shots().getFirst()).isEqualTo(new DerivedShot(ShotOrigin.ESTABLISHING, "",
                "ext street night", 9, 9, new ShotValues(ShotType.WIDE, List.of(), "EXT. STREET - NIGHT",
                        Duration.ofSeconds(3), CameraMove.STATIC)));
    }

    @Test
    void framesEachActionParagraphByItsLengthAndThePeopleItNames() {
        var shots = shotsOf(Dialect.PLAIN,
                "INT. OFFICE - DAY", "",
                "ANNA", "Hello.", "",
                "BEN", "Hi.", "",
                "Rain against the window.", "",
                "Anna sits down.", "",
                "Anna and Ben shake hands.", "",
                "Anna looks at the letter.", "",
                "Anna answers the phone in a hurry.", "",
                "Anna " + "and then she waits ".repeat(8).strip() + ".");

        assertThat(shots.subList(3, shots.size()))
                .extracting(shot -> shot.values().type(), shot -> shot.values().subjects(),
                        shot -> shot.values().duration())
                .containsExactly(
                        tuple(ShotType.WIDE, List.of(), Duration.ofMillis(2600)),
                        tuple(ShotType.MEDIUM, List.of("ANNA"), Duration.ofMillis(2200)),
                        tuple(ShotType.TWO_SHOT, List.of("ANNA", "BEN"), Duration.ofMillis(3000)),
                        tuple(ShotType.INSERT, List.of("ANNA"), Duration.ofSeconds(2)),
                        tuple(ShotType.MEDIUM, List.of("ANNA"), Duration.ofMillis(3800)),
                        tuple(ShotType.WIDE, List.of("ANNA"), Duration.ofMillis(14200)));
    }

    @Test
    void actionDurationGrowsWithLengthBetweenItsBounds() {
        var shots = shotsOf(Dialect.PLAIN,
                "EXT. FIELD - DAY", "",
                "Wind.", "",
                "word ".repeat(100).strip(), "",
                "风".repeat(20));

        assertThat(shots.subList(1, shots.size())).extracting(shot -> shot.values().duration()).containsExactly(
                ShotRules.MIN_ACTION, ShotRules.MAX_ACTION, Duration.ofSeconds(6));
    }

    @Test
    void aDialogueExchangeIsCoveredOverTheShoulderAndALoneLineInMedium() {
        var shots = shotsOf(Dialect.PLAIN,
                "INT. OFFICE - DAY", "",
                "ANNA", "Ready?", "",
                "BEN", "Always.", "",
                "ANNA", "Then go.", "",
                "Ben leaves.", "",
                "ANNA", "Finally.");

        assertThat(shots).extracting(DerivedShot::origin, shot -> shot.values().type(),
                shot -> shot.values().subjects(), DerivedShot::anchorKey, DerivedShot::firstLine,
                DerivedShot::lastLine)
                .containsExactly(
                        tuple(ShotOrigin.ESTABLISHING, ShotType.WIDE, List.of(), "", 1, 1),
                        tuple(ShotOrigin.DIALOGUE, ShotType.OVER_THE_SHOULDER, List.of("ANNA", "BEN"), "ANNA", 3, 4),
                        tuple(ShotOrigin.DIALOGUE, ShotType.OVER_THE_SHOULDER, List.of("BEN", "ANNA"), "BEN", 6, 7),
                        tuple(ShotOrigin.DIALOGUE, ShotType.OVER_THE_SHOULDER, List.of("ANNA", "BEN"), "ANNA", 9, 10),
                        tuple(ShotOrigin.ACTION, ShotType.MEDIUM, List.of("BEN"), "", 12, 12),
                        tuple(ShotOrigin.DIALOGUE, ShotType.MEDIUM, List.of("ANNA"), "ANNA", 14, 15));
    }

    @Test
    void anEmotionalParentheticalMakesACloseUpInEnglishAndChinese() {
        var english = shotsOf(Dialect.PLAIN,
                "INT. OFFICE - DAY", "",
                "ANNA", "(whispering)", "Not here.", "",
                "BEN", "(to Anna)", "Where then?", "",
                "ANNA", "(through tears)", "Anywhere.");
        var chinese = shotsOf(Dialect.CHINESE,
                "内景 茶馆 - 清晨", "",
                "@老王", "（低声）", "走吧。", "",
                "@林姐", "(哭)", "不走。", "",
                "@老王", "（自言自语）", "好吧。");

        assertThat(english).extracting(shot -> shot.values().type()).containsExactly(ShotType.WIDE,
                ShotType.CLOSE_UP, ShotType.OVER_THE_SHOULDER, ShotType.CLOSE_UP);
        assertThat(chinese).extracting(shot -> shot.values().type()).containsExactly(ShotType.WIDE,
                ShotType.CLOSE_UP, ShotType.CLOSE_UP, ShotType.OVER_THE_SHOULDER);
        assertThat(chinese.get(1).values().subjects()).containsExactly("老王");
        assertThat(chinese.get(1).values().description()).isEqualTo("走吧。");
    }

    @Test
    void dialogueTakesItsReadingTimeByLanguagePlusAPause() {
        var shots = shotsOf(Dialect.CHINESE,
                "内景 茶馆 - 清晨", "",
                "@ANNA", "One two three four five.", "",
                "@老王", "我们明天早上一起去看海吧。", "",
                "@ANNA", "(beat)", "One two three four five.", "",
                "@老王", "Go now, 快走。", "",
                "@ANNA", "Yes.", "",
                "@林姐", "好".repeat(400));

        assertThat(shots.subList(1, shots.size())).extracting(shot -> shot.values().duration()).containsExactly(
                Duration.ofMillis(2000 + 500),
                Duration.ofMillis(3000 + 500),
                Duration.ofMillis(2000 + 500 + 1000),
                Duration.ofMillis(800 + 500 + 500),
                ShotRules.MIN_DIALOGUE,
                ShotRules.MAX_DIALOGUE);
    }

    @Test
    void cameraMovesFollowWhatHappensAndAreStaticOtherwise() {
        var shots = shotsOf(Dialect.PLAIN,
                "EXT. PARK - DAY", "",
                "The dog runs after the ball.", "",
                "A woman walks along the lake.", "",
                "The guard looks around.", "",
                "The boy looks up at the tower.", "",
                "The trees are still.", "",
                "小偷拼命地跑。");

        assertThat(shots.subList(1, shots.size())).extracting(shot -> shot.values().move()).containsExactly(
                CameraMove.HANDHELD, CameraMove.DOLLY, CameraMove.PAN, CameraMove.TILT, CameraMove.STATIC,
                CameraMove.HANDHELD);
    }

    @Test
    void dualDialogueIsOneTwoShotAsLongAsItsLongerSide() {
        var shots = shotsOf(Dialect.PLAIN,
                "EXT. PATIO - DAY", "",
                "BRICK", "Screw retirement.", "",
                "STEEL ^", "Screw retirement, and screw the pension too.");

        assertThat(shots.getLast()).isEqualTo(new DerivedShot(ShotOrigin.DUAL_DIALOGUE, "BRICK / STEEL",
                "screw retirement screw retirement and screw the pension too", 3, 7,
                new ShotValues(ShotType.TWO_SHOT, List.of("BRICK", "STEEL"),
                        "Screw retirement. / Screw retirement, and screw the pension too.",
                        Duration.ofMillis(3300), CameraMove.STATIC)));
    }

    @Test
    void aPointOfViewHeadingFramesItsActionAsPovWithoutEstablishing() {
        var shots = shotsOf(Dialect.PLAIN,
                ".SNIPER SCOPE POV", "",
                "Crosshairs drift over a face.", "",
                "STEEL", "Hello...");

        assertThat(shots).extracting(DerivedShot::origin, shot -> shot.values().type())
                .containsExactly(tuple(ShotOrigin.ACTION, ShotType.POV), tuple(ShotOrigin.DIALOGUE, ShotType.MEDIUM));
    }

    @Test
    void chineseTransitionsWrittenAsActionGetNoShot() {
        var shots = shotsOf(Dialect.CHINESE,
                "外景 茶馆门口 - 日", "",
                "阳光照在招牌上。", "",
                "淡出。");

        assertThat(shots).extracting(DerivedShot::anchor).containsExactly("外 景 茶 馆 门 口 日",
                "阳 光 照 在 招 牌 上");
    }

    @Test
    void scenesCarryTheirFactsAndTheTextTheirIdentityIsMatchedBy() {
        var scene = derive(Dialect.PLAIN,
                "INT. HOUSE - DAY #12A#", "",
                "ANNA", "(quietly)", "It's *mine*.", "",
                "Rain [[check]] falls.").getFirst().facts();

        assertThat(scene).isEqualTo(new SceneFacts(1, "12A", "INT. HOUSE - DAY",
                org.filmfactory.breakdown.BreakdownScene.Setting.INTERIOR, "HOUSE", "DAY", List.of("ANNA"), 1, 1, 7,
                "int house day", "anna quietly it's mine rain falls"));
    }
}
