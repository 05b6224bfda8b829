package org.filmfactory.cut.internal.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import org.filmfactory.cut.Score;
import org.filmfactory.cut.ScoreScene;
import org.filmfactory.platform.SoundMixer;
import org.filmfactory.testsupport.Ebur128;
import org.filmfactory.testsupport.TestSounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreTest {

    private static final ScoreScene CHASE = new ScoreScene("EXT. HARBOUR - NIGHT",
            "Rain. MIRA runs along the pier, a gun in her hand. Footsteps chase her.", 6);
    private static final ScoreScene GRIEF = new ScoreScene("内景 医院 走廊 夜", "林哭了。她一个人坐着，泪水落下。", 6);
    private static final ScoreScene KITCHEN = new ScoreScene("INT. KITCHEN - DAY", "Tom pours coffee.", 4);

    @TempDir
    Path folder;

    @Test
    void readsTheMoodFromToneWordsThenTheHeading() {
        assertThat(List.of(
                Mood.of(CHASE),
                Mood.of(GRIEF),
                Mood.of(new ScoreScene("EXT. BEACH - DAY", "They laugh and dance in the sand.", 5)),
                Mood.of(new ScoreScene("外景 公园 日", "孩子们开心地笑着跳舞。", 5)),
                Mood.of(new ScoreScene("EXT. HARBOUR - NIGHT", "Boats rock at their moorings.", 5)),
                Mood.of(new ScoreScene("外景 码头 夜", "船在水面上摇晃。", 5)),
                Mood.of(new ScoreScene("EXT. FIELD - DAY", "Wheat sways.", 5)),
                Mood.of(KITCHEN),
                Mood.of(new ScoreScene("内景 厨房 日", "汤姆倒咖啡。", 5))))
                .containsExactly(Mood.TENSE, Mood.SAD, Mood.JOYFUL, Mood.JOYFUL, Mood.NOCTURNE, Mood.NOCTURNE,
                        Mood.PASTORAL, Mood.INTIMATE, Mood.INTIMATE);
    }

    @Test
    void eachMoodHasItsTempoProgramsAndDrums() {
        var sequence = ScoreComposer.compose(List.of(CHASE, GRIEF), 1);

        // scene 1 on channels 0-2, scene 2 on 3-5
        assertThat(programs(sequence)).isEqualTo(Map.of(0, 44, 1, 38, 2, 61, 3, 48, 4, 42, 5, 0));
        assertThat(markers(sequence)).hasSize(2);
        assertThat(markers(sequence).get(0)).startsWith("scene 1: tense, 132 bpm");
        assertThat(markers(sequence).get(1)).startsWith("scene 2: sad, 66 bpm");
        // the tense bass plays eighths at 132 bpm: 227 ms apart
        var onsets = noteOnTicks(sequence, 1, 1_000, 5_000);
        var gaps = new TreeSet<Long>();
        for (var i = 1; i < onsets.size(); i++) {
            gaps.add(onsets.get(i) - onsets.get(i - 1));
        }
        assertThat(gaps).allSatisfy(gap -> assertThat(gap).isBetween(227L, 228L));
        // drums in the tense scene, none in the sad one
        assertThat(noteOnTicks(sequence, ScoreComposer.DRUMS, 0, 6_000)).isNotEmpty();
        assertThat(noteOnTicks(sequence, ScoreComposer.DRUMS, 6_000, 12_000)).isEmpty();
    }

    @Test
    void theSameScenesAndSeedGiveTheSameBytes() throws IOException {
        var first = folder.resolve("a.wav");
        var second = folder.resolve("b.wav");

        var seconds = Score.compose(List.of(CHASE, KITCHEN), 7, first);
        Score.compose(List.of(CHASE, KITCHEN), 7, second);

        assertThat(seconds).isEqualTo(10.0);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        var pcm = TestSounds.read16BitWav(first);
        assertThat(List.of(pcm.rate(), pcm.channels(), pcm.frames())).containsExactly(48_000, 2, 480_000);
    }

    @Test
    void anotherSeedIsAnotherTune() throws IOException {
        var first = folder.resolve("a.wav");
        var second = folder.resolve("b.wav");

        Score.compose(List.of(KITCHEN), 1, first);
        Score.compose(List.of(KITCHEN), 2, second);

        assertThat(Files.mismatch(first, second)).isNotEqualTo(-1L);
    }

    @Test
    void everySceneSoundsAndTheMeterAgreesWithFfmpegOnIt() throws IOException {
        var wav = folder.resolve("score.wav");

        Score.compose(List.of(CHASE, GRIEF, KITCHEN), 3, wav);

        var left = TestSounds.read16BitWav(wav).channel(0);
        for (var second = 1; second < 15; second++) {
            assertThat(rms(left, second * 48_000, 48_000)).as("second %d", second).isGreaterThan(0.003);
        }
        var ours = SoundMixer.measure(wav);
        var theirs = Ebur128.measure(wav);
        assertThat(ours.integratedLufs()).isBetween(-40.0, -6.0);
        assertThat(ours.integratedLufs()).isCloseTo(theirs.integratedLufs(), within(0.1));
        assertThat(ours.truePeakDbtp()).isCloseTo(theirs.truePeakDbtp(), within(0.2));
    }

    private static Map<Integer, Integer> programs(Sequence sequence) {
        var programs = new TreeMap<Integer, Integer>();
        var track = sequence.getTracks()[0];
        for (var i = 0; i < track.size(); i++) {
            if (track.get(i).getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.PROGRAM_CHANGE) {
                programs.put(m.getChannel(), m.getData1());
            }
        }
        return programs;
    }

    private static List<String> markers(Sequence sequence) {
        var markers = new ArrayList<String>();
        var track = sequence.getTracks()[0];
        for (var i = 0; i < track.size(); i++) {
            if (track.get(i).getMessage() instanceof MetaMessage m && m.getType() == 0x06) {
                markers.add(new String(m.getData(), java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        return markers;
    }

    private static List<Long> noteOnTicks(Sequence sequence, int channel, long from, long to) {
        var ticks = new ArrayList<Long>();
        var track = sequence.getTracks()[0];
        for (var i = 0; i < track.size(); i++) {
            var event = track.get(i);
            if (event.getMessage() instanceof ShortMessage m && m.getCommand() == ShortMessage.NOTE_ON
                    && m.getChannel() == channel && m.getData2() > 0 && event.getTick() >= from
                    && event.getTick() < to) {
                ticks.add(event.getTick());
            }
        }
        return ticks;
    }

    private static double rms(float[] samples, int from, int length) {
        var sum = 0.0;
        for (var i = from; i < from + length; i++) {
            sum += samples[i] * samples[i];
        }
        return Math.sqrt(sum / length);
    }
}
