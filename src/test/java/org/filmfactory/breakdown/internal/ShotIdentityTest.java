package org.filmfactory.breakdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.FountainReader;
import org.junit.jupiter.api.Test;

/**
 * Scene and shot ids through real rewrites of real scripts (src/test/resources/breakdown, see sources.json): a
 * shot keeps its id when text above or inside its scene changes, and a director's edits stay with it.
 */
class ShotIdentityTest {

    static final String CARD = read("the-last-birthday-card.fountain");
    static final String TEAHOUSE = read("zh-template.fountain");
    static final String SCOTTS = "INT. SCOTT'S APARTMENT";

    @Test
    void theSameScriptAgainChangesNothing() {
        var before = first(CARD);

        assertThat(before).hasSize(48);
        assertThat(next(before, CARD)).isEqualTo(before);
    }

    @Test
    void anInsertedSceneIsNewAndEveryOtherSceneAndShotKeepsItsId() {
        var before = first(CARD);
        var edited = insertBefore(CARD, SCOTTS, """
                INT. CORNER STORE - NIGHT

                A CLERK counts coins under a flickering light.

                CLERK
                We're closed.

                """);

        var after = next(before, edited);

        assertThat(after).hasSize(49);
        var inserted = after.get(4);
        assertThat(inserted.facts().heading()).isEqualTo("INT. CORNER STORE - NIGHT");
        assertThat(ids(before)).doesNotContain(inserted.id());
        assertThat(ids(after.stream().filter(scene -> scene != inserted).toList())).isEqualTo(ids(before));
        assertThat(shots(after)).containsAllEntriesOf(shots(before)).hasSize(shots(before).size() + 3);
    }

    @Test
    void aDeletedSceneGoesWithItsShotsAndNothingElseMoves() {
        var before = first(CARD);
        var hallway = scene(before, "INT. HALLWAY, SCOTT'S APARTMENT BUILDING, A MOMENT LATER");

        var after = next(before, cut(CARD, hallway));

        var expected = new ArrayList<>(ids(before));
        expected.remove(hallway.id());
        assertThat(ids(after)).isEqualTo(expected);
        var remaining = new HashMap<>(shots(before));
        remaining.keySet().removeIf(seen -> seen.scene().equals(hallway.id()));
        assertThat(shots(after)).isEqualTo(remaining);
    }

    @Test
    void reorderedScenesKeepTheirIdsAndShots() {
        var before = first(CARD);
        var bridge = scene(before, "EXT. GOLDEN GATE BRIDGE");
        var district = scene(before, "EXT. SAN FRANCISCO BUSINESS DISTRICT, LATER THAT MORNING");
        var lines = CARD.split("\n", -1);
        var bridgeText = String.join("\n", List.of(lines).subList(bridge.facts().firstLine() - 1,
                district.facts().firstLine() - 1)) + "\n";
        var edited = insertBefore(cut(CARD, bridge), "INT. HOFF AND SPIRNHOLD LOBBY, CONTINUED", bridgeText);

        var after = next(before, edited);

        var order = ids(after);
        assertThat(order.indexOf(district.id()) + 1).isEqualTo(order.indexOf(bridge.id()));
        assertThat(Set.copyOf(order)).isEqualTo(Set.copyOf(ids(before)));
        assertThat(shots(after)).isEqualTo(shots(before));
    }

    @Test
    void aRenamedHeadingKeepsItsSceneAndItsEstablishingShot() {
        var before = first(CARD);
        var scotts = scene(before, SCOTTS);
        var establishing = scotts.shots().getFirst();

        var after = next(before, replace(CARD, SCOTTS + "\n", "INT. SCOTT'S STUDIO LOFT - NIGHT\n"));

        var renamed = scene(after, "INT. SCOTT'S STUDIO LOFT - NIGHT");
        assertThat(renamed.id()).isEqualTo(scotts.id());
        assertThat(renamed.shots().getFirst().id()).isEqualTo(establishing.id());
        assertThat(renamed.shots().getFirst().anchor()).isEqualTo("int scott's studio loft night");
        assertThat(lost(before, after)).containsExactly(seen(scotts, establishing));
    }

    @Test
    void anEditedDialogueLineKeepsItsShot() {
        var before = first(CARD);
        var scotts = scene(before, SCOTTS);
        var great = shot(scotts, "that's great");

        var after = next(before, replace(CARD, "That's great!", "That's the best news I've heard all week!"));

        var edited = shot(scene(after, SCOTTS), "that's the best news i've heard all week");
        assertThat(edited.id()).isEqualTo(great.id());
        assertThat(lost(before, after)).containsExactly(seen(scotts, great));
    }

    @Test
    void anActionInsertedAboveAShotIsANewShotAndTheOthersStay() {
        var before = first(CARD);
        var scotts = scene(before, SCOTTS);

        var after = next(before, insertBefore(CARD, "Scott gestures with the card, as if that helps.",
                "Rain streaks the window.\n\n"));

        var rain = shot(scene(after, SCOTTS), "rain streaks the window");
        assertThat(scene(after, SCOTTS).shots().get(1)).isEqualTo(rain);
        assertThat(ids(before)).contains(scotts.id());
        assertThat(shots(after)).containsAllEntriesOf(shots(before)).hasSize(shots(before).size() + 1);
        assertThat(shots(before)).doesNotContainValue(rain.id());
    }

    @Test
    void aSceneSplitInTwoKeepsItsIdInTheBiggerPartAndItsShotsFollowTheirText() {
        var before = first(CARD);
        var scotts = scene(before, SCOTTS);
        var hangsUp = shot(scotts, "scott hangs up looks at the birthday card stuffs it in his pocket");

        var after = next(before, insertBefore(CARD, "Scott hangs up.", "INT. SCOTT'S KITCHEN - CONTINUOUS\n\n"));

        var first = scene(after, SCOTTS);
        var kitchen = scene(after, "INT. SCOTT'S KITCHEN - CONTINUOUS");
        assertThat(first.id()).isEqualTo(scotts.id());
        assertThat(ids(before)).doesNotContain(kitchen.id());
        assertThat(kitchen.shots().getFirst().origin()).isEqualTo(ShotOrigin.ESTABLISHING);
        assertThat(shots(before)).doesNotContainValue(kitchen.shots().getFirst().id());
        assertThat(kitchen.shots().get(1).id()).isEqualTo(hangsUp.id());
        var newShots = new ArrayList<UUID>();
        first.shots().forEach(shot -> newShots.add(shot.id()));
        kitchen.shots().subList(1, kitchen.shots().size()).forEach(shot -> newShots.add(shot.id()));
        assertThat(newShots).isEqualTo(scotts.shots().stream().map(ShotState::id).toList());
    }

    @Test
    void directorsChoicesSurviveEditsAboveAndInsideTheScene() {
        var before = first(CARD);
        var scotts = scene(before, SCOTTS);
        var great = shot(scotts, "that's great").id();
        var hangsUp = shot(scotts, "scott hangs up looks at the birthday card stuffs it in his pocket").id();
        var desk = shot(scotts, "on his desk a pile of art supplies and such he shoves it all aside and uncovers a "
                + "briefcase pops it open").id();
        var holster = scotts.shots().getLast().id();
        var secondHalf = UUID.randomUUID();
        var shaped = ShotListEdits.retype(before, great, ShotType.CLOSE_UP).orElseThrow();
        shaped = ShotListEdits.retime(shaped, great, Duration.ofSeconds(4)).orElseThrow();
        shaped = ShotListEdits.changeMove(shaped, hangsUp, CameraMove.DOLLY).orElseThrow();
        shaped = ShotListEdits.describe(shaped, hangsUp, "The card goes into his pocket.").orElseThrow();
        shaped = ShotListEdits.split(shaped, hangsUp, secondHalf).orElseThrow();
        shaped = ShotListEdits.move(shaped, holster, -1).orElseThrow();
        var edited = insertBefore(CARD, "SCOTT is painting.", "Sunlight.\n\n");
        edited = replace(edited, "That's great!", "That's wonderful!");
        edited = insertBefore(edited, "Scott hangs up.", "A dog barks outside.\n\n");

        var after = next(shaped, edited);

        var scene = scene(after, SCOTTS);
        assertThat(scene.id()).isEqualTo(scotts.id());
        var wonderful = find(scene, great);
        assertThat(wonderful.anchor()).isEqualTo("that's wonderful");
        assertThat(wonderful.effective().type()).isEqualTo(ShotType.CLOSE_UP);
        assertThat(wonderful.effective().duration()).isEqualTo(Duration.ofSeconds(4));
        var pocket = find(scene, hangsUp).effective();
        assertThat(pocket.move()).isEqualTo(CameraMove.DOLLY);
        assertThat(pocket.description()).isEqualTo("The card goes into his pocket.");
        var order = scene.shots().stream().map(ShotState::id).toList();
        var dog = shot(scene, "a dog barks outside").id();
        assertThat(order.subList(order.size() - 6, order.size()))
                .containsExactly(shot(scene, "your neighbors thank you").id(), dog, hangsUp, secondHalf, holster,
                        desk);
        assertThat(find(scene, secondHalf).firstLine()).isEqualTo(find(scene, hangsUp).firstLine());
        assertThat(find(scene, secondHalf).lastLine()).isEqualTo(find(scene, hangsUp).lastLine());
        assertThat(lost(shaped, after)).containsExactly(seen(scotts, find(scotts, great)));
    }

    @Test
    void aShotWhoseTextIsGoneGoesUnlessADirectorShapedIt() {
        var before = first(CARD);
        var scotts = scene(before, SCOTTS);
        var gestures = shot(scotts, "scott gestures with the card as if that helps");
        var pistols = scotts.shots().getLast();
        var shaped = ShotListEdits.retime(before, pistols.id(), Duration.ofSeconds(12)).orElseThrow();
        var edited = replace(CARD, "Scott gestures with the card, as if that helps.\n\n", "");

        var after = next(shaped, cut(edited, "It contains a Galco"));

        var scene = scene(after, SCOTTS);
        assertThat(scene.shots()).extracting(ShotState::id).doesNotContain(gestures.id());
        var kept = find(scene, pistols.id());
        assertThat(kept.detached()).isTrue();
        assertThat(kept.effective().duration()).isEqualTo(Duration.ofSeconds(12));
        var before2 = scene.shots().get(scene.shots().indexOf(kept) - 1);
        assertThat(kept.firstLine()).isEqualTo(before2.firstLine());
    }

    @Test
    void aShotTheDirectorDeletedStaysDeletedThroughLaterRevisions() {
        var before = first(CARD);
        var scotts = scene(before, SCOTTS);
        var thanks = shot(scotts, "thanks for the support");
        var merged = shot(scotts, "did that girl ever call back");
        var shaped = ShotListEdits.delete(before, thanks.id()).orElseThrow();
        var keeper = scotts.shots().get(scotts.shots().indexOf(thanks) - 1).id();
        shaped = ShotListEdits.mergeWithNext(shaped, keeper).orElseThrow();

        var after = next(shaped, insertBefore(CARD, "Scott gestures with the card", "Rain.\n\n"));

        var scene = scene(after, SCOTTS);
        assertThat(find(scene, thanks.id()).dropped()).isTrue();
        assertThat(find(scene, merged.id()).dropped()).isTrue();
        assertThat(find(scene, merged.id()).mergedInto()).isEqualTo(keeper);
        assertThat(scene.shots().stream().filter(shot -> shot.anchor().equals(thanks.anchor()))).hasSize(1);
        var visible = ShotListReader.shots(after).stream().map(shot -> shot.id().value()).toList();
        assertThat(visible).doesNotContain(thanks.id(), merged.id()).contains(keeper);
    }

    @Test
    void chineseRewritesKeepIdsToo() {
        var before = firstChinese(TEAHOUSE);
        var edited = replace(TEAHOUSE, "多行描述之间空一行分隔。", "多行描述之间必须空一行分隔。");
        edited = insertBefore(edited, "动作描述、场景描述", "茶馆里很安静。\n\n");

        var after = Rederivation.apply(before, chinese(edited), UUID::randomUUID);

        assertThat(ids(after)).isEqualTo(ids(before));
        var scene = after.get(2);
        assertThat(scene.shots().getFirst().anchor()).isEqualTo("茶 馆 里 很 安 静");
        assertThat(scene.shots().get(2).id()).isEqualTo(before.get(2).shots().get(1).id());
        assertThat(shots(after)).hasSize(shots(before).size() + 1);
        assertThat(lost(before, after)).hasSize(1);
    }

    @Test
    void aSceneRenamedAndRewrittenAtOnceIsStillFoundByItsText() {
        var before = first(CARD);
        var scotts = scene(before, SCOTTS);
        var edited = replace(CARD, SCOTTS + "\n", "INT. SCOTT'S STUDIO LOFT - NIGHT\n");
        edited = replace(edited, "That's great!", "That's the best news I've heard all week!");
        edited = replace(edited, "Unemployed artist in debt.", "Broke, unemployed, and an artist.");

        var after = next(before, edited);

        var loft = scene(after, "INT. SCOTT'S STUDIO LOFT - NIGHT");
        assertThat(loft.id()).isEqualTo(scotts.id());
        assertThat(loft.shots()).extracting(ShotState::id)
                .isEqualTo(scotts.shots().stream().map(ShotState::id).toList());
        assertThat(ids(after)).isEqualTo(ids(before));
    }

    @Test
    void aLongScriptOfRepeatedScenesKeepsEveryIdThroughAnInsertAboveAndADeletedCopy() {
        var feature = (CARD + "\n").repeat(20);
        var before = first(feature);
        var hallway = before.get(1);
        var edited = insertBefore(cut(feature, hallway), "INT. SAN FRANCISCO APARTMENT, DAY",
                "EXT. ROOFTOP - DAWN\n\nWind.\n\n");

        // How long this takes is a figure, not a test: ShotIdentityBenchmark (bench/shot-identity-bench.sh).
        var after = next(before, edited);

        assertThat(before).hasSize(960);
        var expected = new ArrayList<>(ids(before));
        expected.remove(hallway.id());
        assertThat(ids(after.subList(1, after.size()))).isEqualTo(expected);
        var remaining = new HashMap<>(shots(before));
        remaining.keySet().removeIf(seen -> seen.scene().equals(hallway.id()));
        assertThat(shots(after)).containsAllEntriesOf(remaining);
    }

    // --- the breakdown of a text, and what to compare

    private static List<DerivedScene> derive(String text) {
        return ShotRules.derive(FountainReader.read(text, Dialect.PLAIN));
    }

    private static List<DerivedScene> chinese(String text) {
        return ShotRules.derive(FountainReader.read(text, Dialect.CHINESE));
    }

    static List<SceneState> first(String text) {
        return Rederivation.apply(List.of(), derive(text), UUID::randomUUID);
    }

    private static List<SceneState> firstChinese(String text) {
        return Rederivation.apply(List.of(), chinese(text), UUID::randomUUID);
    }

    static List<SceneState> next(List<SceneState> before, String text) {
        return Rederivation.apply(before, derive(text), UUID::randomUUID);
    }

    private static List<UUID> ids(List<SceneState> scenes) {
        return scenes.stream().map(SceneState::id).toList();
    }

    /** A rule shot as seen: its scene, what it is anchored to, and which occurrence of that anchor in the scene. */
    record Seen(UUID scene, ShotOrigin origin, String key, String anchor, int occurrence) {
    }

    private static Seen seen(SceneState scene, ShotState shot) {
        return shots(List.of(scene)).entrySet().stream().filter(e -> e.getValue().equals(shot.id())).findFirst()
                .orElseThrow().getKey();
    }

    /** Every rule shot, by what it is anchored to, with its id. */
    private static Map<Seen, UUID> shots(List<SceneState> scenes) {
        var shots = new LinkedHashMap<Seen, UUID>();
        for (var scene : scenes) {
            var counts = new HashMap<String, Integer>();
            for (var shot : scene.shots()) {
                if (shot.origin().fromRules()) {
                    int n = counts.merge(shot.origin() + shot.anchorKey() + "\n" + shot.anchor(), 1, Integer::sum);
                    shots.put(new Seen(scene.id(), shot.origin(), shot.anchorKey(), shot.anchor(), n), shot.id());
                }
            }
        }
        return shots;
    }

    /** Rule shots of {@code before} whose scene and anchor are not found in {@code after} as they were. */
    private static Set<Seen> lost(List<SceneState> before, List<SceneState> after) {
        var lost = new HashSet<>(shots(before).keySet());
        var kept = shots(after);
        lost.removeIf(seen -> shots(before).get(seen).equals(kept.get(seen)));
        return lost;
    }

    private static SceneState scene(List<SceneState> scenes, String heading) {
        return scenes.stream().filter(scene -> scene.facts().heading().equals(heading)).findFirst().orElseThrow();
    }

    private static ShotState shot(SceneState scene, String anchor) {
        return scene.shots().stream().filter(shot -> shot.anchor().equals(anchor)).findFirst().orElseThrow();
    }

    private static ShotState find(SceneState scene, UUID id) {
        return scene.shots().stream().filter(shot -> shot.id().equals(id)).findFirst().orElseThrow();
    }

    // --- text surgery

    private static String replace(String text, String old, String replacement) {
        assertThat(text.indexOf(old)).as("'%s' once in the script", old).isEqualTo(text.lastIndexOf(old))
                .isNotNegative();
        return text.replace(old, replacement);
    }

    static String insertBefore(String text, String where, String inserted) {
        int at = text.indexOf(where);
        assertThat(at).as("'%s' in the script", where).isNotNegative();
        return text.substring(0, at) + inserted + text.substring(at);
    }

    /** The text without the scene's lines (heading up to the next heading). */
    static String cut(String text, SceneState scene) {
        var lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.subList(scene.facts().firstLine() - 1, scene.facts().lastLine()).clear();
        return String.join("\n", lines);
    }

    /** The text without the paragraph that starts with {@code start}. */
    private static String cut(String text, String start) {
        int at = text.indexOf(start);
        int end = text.indexOf("\n\n", at);
        return text.substring(0, at) + text.substring(end + 2);
    }

    private static String read(String name) {
        try (var in = ShotIdentityTest.class.getResourceAsStream("/breakdown/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
