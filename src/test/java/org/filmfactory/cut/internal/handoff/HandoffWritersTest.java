package org.filmfactory.cut.internal.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.TimedLine;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-made cut with a title card, trims, crossfades (even and odd), a clip without a take, a dip to black and an
 * end card, exported and read back: OpenTimelineIO with Jackson, the EDL line by line, the SubRip cue by cue. The
 * expected places are worked out here by hand from the cut, not by the code under test.
 */
class HandoffWritersTest {

    private static final int FPS = 30;
    private static final ProjectId PROJECT = new ProjectId(UUID.fromString("00000000-0000-0000-0000-0000000000aa"));
    private static final Clip C1 = clip(1, 1, 10, 100, Transition.CUT, 0);
    private static final Clip C2 = clip(2, 2, 0, 60, Transition.CROSSFADE, 12);
    private static final Clip C3 = new Clip(id(3), shot(3), null, 0, 45, Transition.CUT, 0);
    private static final Clip C4 = clip(4, 4, 30, 120, Transition.DIP_TO_BLACK, 10);
    private static final Clip C5 = clip(5, 5, 5, 65, Transition.CROSSFADE, 15);
    private static final CutSnapshot CUT = new CutSnapshot(PROJECT, 7, FPS, 1080, 1920,
            new Card("Rain City", "#000000", "#ffffff", 60), List.of(C1, C2, C3, C4, C5),
            new Card("The end", "#000000", "#ffffff", 45), 3, Instant.parse("2026-12-07T07:00:00Z"));
    private static final Map<ClipId, HandoffClip> NAMES = Map.of(
            C1.id(), new HandoffClip("1.1 Maya pedals hard", "s001-shot01-take-00000001.mp4", 30, 150),
            C2.id(), new HandoffClip("1.2 A van swerves", "s001-shot02-take-00000002.mp4", 25, 100),
            C3.id(), new HandoffClip("1.3 Maya brakes", null, 30, 0),
            C4.id(), new HandoffClip("2.1 Café, the clerk", "s002-shot01-take-00000004.mov", 30, 200),
            C5.id(), new HandoffClip("2.2 角色1的台词。", "s002-shot02-take-00000005.mp4", 30, 90));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCutsPlacesAreTheOnesWorkedOutByHand() {
        // Title 0-60; C1 60-150; C2 crossfades in 12 early: 138-198; C3 198-243; C4 dips in: 243-333;
        // C5 crossfades in 15 early: 318-378; end card 378-423.
        assertThat(CUT.starts()).containsExactly(60, 138, 198, 243, 318);
        assertThat(CUT.length()).isEqualTo(423);
    }

    @Test
    void openTimelineIoHoldsEveryClipWhereTheFilmShowsIt() {
        var timeline = JSON.readTree(OtioWriter.write("Rain City", CUT, NAMES, List.of()));

        assertThat(timeline.get("OTIO_SCHEMA").asString()).isEqualTo("Timeline.1");
        assertThat(timeline.get("name").asString()).isEqualTo("Rain City");
        assertThat(time(timeline.get("global_start_time"))).isEqualTo(108_000);
        var stack = timeline.get("tracks");
        assertThat(stack.get("OTIO_SCHEMA").asString()).isEqualTo("Stack.1");
        assertThat(stack.get("children")).hasSize(1);
        var video = stack.get("children").get(0);
        assertThat(video.get("OTIO_SCHEMA").asString()).isEqualTo("Track.1");
        assertThat(video.get("kind").asString()).isEqualTo("Video");

        var items = new ArrayList<String>();
        int at = 0;
        for (var child : video.get("children")) {
            var schema = child.get("OTIO_SCHEMA").asString();
            switch (schema) {
                case "Transition.1" -> {
                    assertThat(child.get("transition_type").asString()).isEqualTo("SMPTE_Dissolve");
                    assertThat(time(child.get("in_offset"))).isZero();
                    items.add("dissolve " + time(child.get("out_offset")) + " "
                            + child.get("metadata").get("filmfactory").get("transition").asString());
                }
                case "Gap.1" -> {
                    int frames = time(child.get("source_range").get("duration"));
                    items.add("gap @" + at + " " + frames + " '" + child.get("name").asString() + "'");
                    at += frames;
                }
                case "Clip.2" -> {
                    var range = child.get("source_range");
                    int frames = time(range.get("duration"));
                    var reference = child.get("media_references").get(child.get("active_media_reference_key")
                            .asString());
                    var file = reference.get("OTIO_SCHEMA").asString().equals("ExternalReference.1")
                            ? reference.get("target_url").asString() + " of "
                                    + time(reference.get("available_range").get("duration")) + "@"
                                    + reference.get("available_range").get("duration").get("rate").asDouble()
                            : reference.get("OTIO_SCHEMA").asString();
                    items.add("clip '" + child.get("name").asString() + "' @" + at + " from "
                            + time(range.get("start_time")) + " for " + frames + " " + file);
                    at += frames;
                }
                default -> throw new AssertionError(schema);
            }
        }
        assertThat(items).containsExactly(
                "gap @0 60 'Rain City'",
                "clip '1.1 Maya pedals hard' @60 from 10 for 78 s001-shot01-take-00000001.mp4 of 150@30.0",
                "dissolve 12 crossfade",
                "clip '1.2 A van swerves' @138 from 0 for 60 s001-shot02-take-00000002.mp4 of 100@25.0",
                "clip '1.3 Maya brakes' @198 from 0 for 40 MissingReference.1",
                "dissolve 5 dip_to_black",
                "gap @238 5 ''",
                "dissolve 5 dip_to_black",
                "clip '2.1 Café, the clerk' @243 from 30 for 75 s002-shot01-take-00000004.mov of 200@30.0",
                "dissolve 15 crossfade",
                "clip '2.2 角色1的台词。' @318 from 5 for 60 s002-shot02-take-00000005.mp4 of 90@30.0",
                "gap @378 45 'The end'");
        assertThat(at).isEqualTo(CUT.length());
    }

    @Test
    void chineseNamesSurviveInTheOpenTimelineIoAsUtf8() {
        var bytes = OtioWriter.write("雨城", CUT, NAMES, List.of());

        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"2.2 角色1的台词。\"").contains("\"雨城\"");
        assertThat(JSON.readTree(bytes).get("name").asString()).isEqualTo("雨城");
    }

    @Test
    void dialogueGoesOnAudioTracksWithOverrunsMarked() {
        var lines = List.of(
                line(C1, "MAYA", "Four minutes.", 66, 45, false),
                line(C2, "TOMAS", "It's past midnight, kid.", 144, 40, false),
                line(C2, "MAYA", "Then it never arrives.", 170, 50, true));

        var timeline = JSON.readTree(OtioWriter.write("Rain City", CUT, NAMES, lines));

        var tracks = timeline.get("tracks").get("children");
        assertThat(tracks).hasSize(3);
        var first = tracks.get(1);
        assertThat(first.get("kind").asString()).isEqualTo("Audio");
        assertThat(first.get("children")).hasSize(4);
        assertThat(time(first.get("children").get(0).get("source_range").get("duration"))).isEqualTo(66);
        assertThat(first.get("children").get(1).get("name").asString()).isEqualTo("MAYA: Four minutes.");
        assertThat(first.get("children").get(1).get("media_references").get("DEFAULT_MEDIA").get("target_url")
                .asString()).isEqualTo("maya-1.wav");
        assertThat(time(first.get("children").get(2).get("source_range").get("duration"))).isEqualTo(144 - 111);
        assertThat(first.get("children").get(3).get("name").asString()).isEqualTo("TOMAS: It's past midnight, kid.");
        var second = tracks.get(2);
        assertThat(second.get("kind").asString()).isEqualTo("Audio");
        assertThat(time(second.get("children").get(0).get("source_range").get("duration"))).isEqualTo(170);
        var overrun = second.get("children").get(1);
        assertThat(overrun.get("markers")).hasSize(1);
        assertThat(overrun.get("markers").get(0).get("OTIO_SCHEMA").asString()).isEqualTo("Marker.2");
        assertThat(overrun.get("markers").get(0).get("color").asString()).isEqualTo("RED");
        assertThat(first.get("children").get(1).get("markers")).isEmpty();
    }

    @Test
    void theEdlHasOneEventPerClipWithDissolvesAndTimecodes() {
        var edl = new String(EdlWriter.write("Rain City", CUT, NAMES), StandardCharsets.US_ASCII);
        var lines = edl.lines().toList();

        assertThat(lines.subList(0, 2)).containsExactly("TITLE: Rain City", "FCM: NON-DROP FRAME");
        var event = Pattern.compile("(\\d{3})  (\\S+)\\s+V\\s+(C|D)\\s+(\\d{3})? ?(\\S+) (\\S+) (\\S+) (\\S+)");
        var events = new ArrayList<String>();
        for (var line : lines) {
            var matcher = event.matcher(line);
            if (matcher.matches()) {
                events.add(String.join(" ", matcher.group(1), matcher.group(2), matcher.group(3),
                        matcher.group(4) == null ? "-" : matcher.group(4), matcher.group(5), matcher.group(6),
                        matcher.group(7), matcher.group(8)));
            }
        }
        assertThat(events).containsExactly(
                "001 AX C - " + src(10) + " " + src(88) + " " + rec(60) + " " + rec(138),
                "002 AX C - " + src(88) + " " + src(88) + " " + rec(138) + " " + rec(138),
                "002 AX D 012 " + src(0) + " " + src(60) + " " + rec(138) + " " + rec(198),
                "003 BL C - " + src(0) + " " + src(40) + " " + rec(198) + " " + rec(238),
                "004 BL C - " + src(40) + " " + src(40) + " " + rec(238) + " " + rec(238),
                "004 BL D 005 " + src(0) + " " + src(5) + " " + rec(238) + " " + rec(243),
                "005 BL C - " + src(5) + " " + src(5) + " " + rec(243) + " " + rec(243),
                "005 AX D 005 " + src(30) + " " + src(105) + " " + rec(243) + " " + rec(318),
                "006 AX C - " + src(105) + " " + src(105) + " " + rec(318) + " " + rec(318),
                "006 AX D 015 " + src(5) + " " + src(65) + " " + rec(318) + " " + rec(378));
        assertThat(src(88)).isEqualTo("00:00:02:28");
        assertThat(rec(378)).isEqualTo("01:00:12:18");
        assertThat(lines).contains("001  AX       V     C        00:00:00:10 00:00:02:28 01:00:02:00 01:00:04:18",
                "002  AX       V     D    012 00:00:00:00 00:00:02:00 01:00:04:18 01:00:06:18");
        assertThat(lines).contains("* FROM CLIP NAME: 1.1 Maya pedals hard", "* TO CLIP NAME: 1.2 A van swerves",
                "* SOURCE FILE: s001-shot02-take-00000002.mp4", "* FROM CLIP NAME: 1.3 Maya brakes",
                "* FROM CLIP NAME: 2.1 Cafe, the clerk", "* TO CLIP NAME: 2.2 _1_",
                "* SOURCE FILE: s002-shot01-take-00000004.mov");
    }

    @Test
    void chineseNamesAreMadeSafeInTheEdl() {
        var bytes = EdlWriter.write("雨城 Rain City", CUT, NAMES);

        for (byte b : bytes) {
            assertThat(b & 0xff).isBetween(0x0a, 0x7e);
        }
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).startsWith("TITLE: _ Rain City\n");
        assertThat(EdlWriter.safe("镜头\t一\n  Café", 64)).isEqualTo("_ _ Cafe");
    }

    @Test
    void subRipHasTheDialogueInFilmOrder() {
        var lines = List.of(
                line(C5, "角色1", "角色1的台词。", 324, 70, false),
                line(C1, "MAYA", "Four minutes.\n\nI can do four minutes.", 66, 45, false));

        var srt = new String(SrtWriter.write(lines, FPS), StandardCharsets.UTF_8);

        assertThat(srt).isEqualTo("""
                1
                00:00:02,200 --> 00:00:03,700
                Four minutes.
                I can do four minutes.

                2
                00:00:10,800 --> 00:00:13,133
                角色1的台词。

                """);
    }

    private static int time(JsonNode rationalTime) {
        assertThat(rationalTime.get("OTIO_SCHEMA").asString()).isEqualTo("RationalTime.1");
        assertThat(rationalTime.get("rate").asDouble()).isIn(30.0, 25.0);
        return (int) rationalTime.get("value").asDouble();
    }

    /** Source timecode of a take frame at 30 fps, from 00:00:00:00. */
    private static String src(int frame) {
        return String.format(Locale.ROOT, "00:00:%02d:%02d", frame / 30, frame % 30);
    }

    /** Record timecode of a film frame at 30 fps, from 01:00:00:00. */
    private static String rec(int frame) {
        return String.format(Locale.ROOT, "01:00:%02d:%02d", frame / 30, frame % 30);
    }

    private static TimedLine line(Clip clip, String character, String text, int start, int frames, boolean overrun) {
        return new TimedLine(clip.id(), clip.shot(), character.toLowerCase(Locale.ROOT) + "-" + start, character,
                text, start, frames, new MediaKey("projects/p/voices/" + (start == 66 ? "maya-1" : "line-" + start) + ".wav"), overrun);
    }

    private static Clip clip(int n, int shot, int in, int out, Transition transition, int frames) {
        return new Clip(id(n), shot(shot), new TakeId(new UUID(0, n)), in, out, transition, frames);
    }

    private static ClipId id(int n) {
        return new ClipId(new UUID(1, n));
    }

    private static ShotId shot(int n) {
        return new ShotId(new UUID(2, n));
    }
}
