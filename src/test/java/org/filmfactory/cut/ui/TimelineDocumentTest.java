package org.filmfactory.cut.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.ClipMedia;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.TimedLine;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What the browser's timeline gets: the cut as one compact document, and the sound tracks' peaks. */
class TimelineDocumentTest {

    static final ProjectId PROJECT = new ProjectId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    static final ShotId SHOT_A = new ShotId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    static final ShotId SHOT_B = new ShotId(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
    static final TakeId TAKE = new TakeId(UUID.fromString("00000000-0000-4000-8000-0000000000c1"));
    static final ClipId ONE = new ClipId(UUID.fromString("00000000-0000-4000-8000-000000000011"));
    static final ClipId TWO = new ClipId(UUID.fromString("00000000-0000-4000-8000-000000000022"));
    static final ClipId THREE = new ClipId(UUID.fromString("00000000-0000-4000-8000-000000000033"));

    @Test
    void theCutIsEightNumbersAClipWithItsIdsLabelsAndOneMediaEntryPerTake() {
        var cut = new CutSnapshot(PROJECT, 9, 24, 1080, 1920, new Card("Tea", "#000000", "#ffffff", 10),
                List.of(new Clip(ONE, SHOT_A, TAKE, 5, 25, Transition.CUT, 0),
                        new Clip(TWO, SHOT_A, TAKE, 0, 30, Transition.CROSSFADE, 6),
                        new Clip(THREE, SHOT_B, null, 2, 12, Transition.DIP_TO_BLACK, 4)),
                new Card("The end", "#112233", "#ffffff", 12), 3, Instant.EPOCH);
        var file = new MediaKey("projects/" + PROJECT + "/takes/" + TAKE + "/clip.mp4");
        var thumbnail = new MediaKey("projects/" + PROJECT + "/takes/" + TAKE + "/thumb.jpg");
        var media = Map.of(ONE, new ClipMedia(ONE, file, thumbnail, 24, 48, 1080, 1920, TAKE.toString()),
                TWO, new ClipMedia(TWO, file, thumbnail, 24, 48, 1080, 1920, TAKE.toString()));

        var json = Timeline.document(cut, Map.of(SHOT_A, "1.1", SHOT_B, "1.2"), media, Set.of(SHOT_A));

        assertThat(json).isEqualTo("{\"rev\":9,\"fps\":24,\"w\":1080,\"h\":1920,"
                + "\"c\":[10,20,5,25,0,0,0,3,24,30,0,30,1,6,0,3,54,10,2,12,2,4,-1,0],"
                + "\"ids\":[\"" + ONE + "\",\"" + TWO + "\",\"" + THREE + "\"],"
                + "\"labels\":[\"1.1\",\"1.1\",\"1.2\"],"
                + "\"m\":[[\"/media/" + thumbnail.path() + "\",\"/media/" + file.path() + "\"]],"
                + "\"title\":[10,\"Tea\",\"#000000\",\"#ffffff\"],\"end\":[12,\"The end\",\"#112233\",\"#ffffff\"],"
                + "\"endStart\":64,\"length\":76}");
    }

    @Test
    void aLinesWaveformHasOnePeakAFrameFromItsWav() throws Exception {
        // 48 kHz mono at 24 fps: 2 000 samples a frame; three frames at full, half and no level.
        var samples = new short[6000];
        for (int i = 0; i < 2000; i++) {
            samples[i] = (short) (i % 2 == 0 ? 32767 : -32767);
            samples[2000 + i] = (short) (i % 2 == 0 ? 16384 : -16384);
        }
        var peaks = SoundTracks.peaks(new ByteArrayInputStream(wav(samples, 48_000)), 24, 1);
        assertThat(peaks).containsExactly(255, 127, 0);

        var coarse = SoundTracks.peaks(new ByteArrayInputStream(wav(samples, 48_000)), 24, 2);
        assertThat(coarse).containsExactly(255, 0);
    }

    @Test
    void linesWithoutAudioAreBlocksWithTheirTimesAndOverrun() {
        var lines = List.of(new TimedLine(ONE, SHOT_A, "k1", "MAYA", "You came back.", 16, 30, null, false),
                new TimedLine(TWO, SHOT_A, "k2", "TOMAS", "I never left.", 52, 40, null, true));
        assertThat(SoundTracks.json(null, lines, null, 24, 76)).isEqualTo("{\"voice\":["
                + "{\"s\":16,\"f\":30,\"o\":false,\"t\":\"MAYA: You came back.\"},"
                + "{\"s\":52,\"f\":40,\"o\":true,\"t\":\"TOMAS: I never left.\"}]}");
    }

    static byte[] wav(short[] samples, int rate) throws Exception {
        var bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        var format = new AudioFormat(rate, 16, 1, true, false);
        var out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(bytes), format, samples.length),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }
}
