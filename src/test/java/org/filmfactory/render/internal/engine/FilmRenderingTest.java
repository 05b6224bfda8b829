package org.filmfactory.render.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.FramePainter;
import org.filmfactory.platform.SoundMix;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.render.ClipSource;
import org.filmfactory.render.CutNotRenderable;
import org.filmfactory.render.FilmEngine;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderListener;
import org.filmfactory.render.RenderPlan;
import org.filmfactory.render.SegmentCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders small films and judges them with the {@code ffprobe} inside JavaCV's jar, reading the MP4's boxes and the
 * subtitle files back.
 */
class FilmRenderingTest {

    @TempDir
    Path folder;

    @TempDir
    Path voices;

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetIsReadyForThePlatforms(Preset preset) throws IOException {
        var cues = List.of(new RenderPlan.Cue(20, 50, "Hello there, <how> are you?"),
                new RenderPlan.Cue(55, 80, "Fine & you?\n--> me"), new RenderPlan.Cue(81, 89, "你好，世界。"));
        var plan = new RenderPlan(preset, Locale.ENGLISH, new Card("Title", "#203040", "#ffffff", 15),
                List.of(clip("Scene 1, shot 1", painted("red", Color.RED, preset), 15, 45, Transition.CUT, 0),
                        clip("Scene 1, shot 2", painted("blue", Color.BLUE, preset), 50, 30, Transition.CROSSFADE,
                                10)),
                new Card("The end", "#000000", "#ffffff", 11), 80, 91, cues, true,
                new SoundMix(1, List.of(new SoundMix.Voice(
                        TestSound.sine(voices.resolve("line.wav"), 22_050, 22_050, 440, 0.3), 9_600, 0)), null));

        var film = new FilmEngine(EncoderSettings.DEFAULTS, 1)
                .render(plan, folder, "film", SegmentCache.NONE, RenderListener.NONE, () -> false);

        assertThat(film.frames()).isEqualTo(91);
        assertThat(film.segmentsRendered()).isEqualTo(4);
        assertThat(film.segmentsReused()).isZero();
        var probe = FilmProbe.probe(film.film());
        var seconds = 91.0 / preset.fps();
        var frame = 1.0 / preset.fps();
        assertThat(probe).containsEntry("streams.stream.0.codec_name", "h264")
                .containsEntry("streams.stream.0.profile", "High")
                .containsEntry("streams.stream.0.width", Integer.toString(preset.width()))
                .containsEntry("streams.stream.0.height", Integer.toString(preset.height()))
                .containsEntry("streams.stream.0.r_frame_rate", preset.fps() + "/1")
                .containsEntry("streams.stream.0.pix_fmt", "yuv420p")
                .containsEntry("streams.stream.0.color_primaries", "bt709")
                .containsEntry("streams.stream.0.color_transfer", "bt709")
                .containsEntry("streams.stream.0.color_space", "bt709")
                .containsEntry("streams.stream.0.nb_frames", "91")
                .containsEntry("streams.stream.0.nb_read_frames", "91")
                .containsEntry("streams.stream.1.codec_name", "aac")
                .containsEntry("streams.stream.1.profile", "LC")
                .containsEntry("streams.stream.1.sample_rate", "48000")
                .containsEntry("streams.stream.1.channels", "2")
                .containsEntry("format.nb_streams", "2");
        // the sound is mixed to the film's length whatever the plan's mix said, and normalised
        assertThat(film.loudness().integratedLufs()).isCloseTo(-14.0, within(1.0));
        assertThat(film.loudness().truePeakDbtp()).isLessThanOrEqualTo(-1.0);
        assertThat(Double.parseDouble(probe.get("streams.stream.0.duration"))).isCloseTo(seconds, within(frame));
        assertThat(Double.parseDouble(probe.get("streams.stream.1.duration"))).isCloseTo(seconds, within(frame));
        assertThat(Double.parseDouble(probe.get("format.duration"))).isCloseTo(seconds, within(frame));
        // +faststart: the index before the media data
        var boxes = FilmProbe.topLevelBoxes(film.film());
        assertThat(boxes).contains("moov", "mdat");
        assertThat(boxes.indexOf("moov")).isLessThan(boxes.indexOf("mdat"));

        var expected = cues.stream().map(cue -> new SubtitleReading.Read(Math.round(cue.start() * 1000.0 / preset.fps()),
                Math.round(cue.end() * 1000.0 / preset.fps()), cue.text())).toList();
        assertThat(SubtitleReading.srt(Files.readString(film.srt()))).containsExactly(expected.get(0),
                new SubtitleReading.Read(expected.get(1).startMillis(), expected.get(1).endMillis(),
                        "Fine & you?\n-> me"), expected.get(2));
        assertThat(SubtitleReading.vtt(Files.readString(film.vtt()))).containsExactlyElementsOf(expected);
        // frame 30 is the red clip alone: decoded with the BT.709 matrix it is tagged with, it is red again
        var red = new int[3][];
        FilmFrames.each(film.film(), preset.width(), preset.height(), (index, rgb) -> {
            if (index == 30) {
                red[0] = FilmFrames.pixel(rgb, preset.width(), preset.width() / 2, preset.height() / 8);
            }
        });
        assertThat(red[0][0]).isBetween(250, 255);
        assertThat(red[0][1]).isBetween(0, 5);
        assertThat(red[0][2]).isBetween(0, 5);
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("film.mp4", "film.srt", "film.vtt");
        }
    }

    @Test
    void subtitlesAreBurnedInOnlyWhileACueShowsAndInsideTheSafeZone() throws IOException {
        var preset = Preset.VERTICAL;
        var plan = new RenderPlan(preset, Locale.ENGLISH, Card.NONE,
                List.of(clip("Scene 1, shot 1", painted("grey", Color.DARK_GRAY, preset), 0, 45, Transition.CUT, 0)),
                Card.NONE, 45, 45, List.of(new RenderPlan.Cue(15, 30,
                        "A line long enough that it needs two lines to fit inside the caption box")), true,
                silence(45, preset));

        var film = engine().render(plan, folder, "film", SegmentCache.NONE, RenderListener.NONE, () -> false);

        var plain = new byte[1][];
        var changed = new ArrayList<Integer>();
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        FilmFrames.each(film.film(), preset.width(), preset.height(), (index, rgb) -> {
            if (index == 0) {
                plain[0] = rgb;
            }
            var differs = false;
            for (var y = 0; y < preset.height(); y += 2) {
                for (var x = 0; x < preset.width(); x += 2) {
                    var at = (y * preset.width() + x) * 3;
                    if (Math.abs((rgb[at] & 0xff) - (plain[0][at] & 0xff)) > 24) {
                        differs = true;
                        box[0] = Math.min(box[0], x);
                        box[1] = Math.min(box[1], y);
                        box[2] = Math.max(box[2], x);
                        box[3] = Math.max(box[3], y);
                    }
                }
            }
            if (differs) {
                changed.add(index);
            }
        });

        assertThat(changed).containsExactlyElementsOf(range(15, 30));
        // inside the caption box clear of every platform's overlay (x 120-888, y 288-1248), in its lower part
        assertThat(box[0]).isGreaterThanOrEqualTo(120);
        assertThat(box[2]).isLessThanOrEqualTo(888);
        assertThat(box[1]).isGreaterThanOrEqualTo(768);
        assertThat(box[3]).isLessThanOrEqualTo(1248);
    }

    @Test
    void crossfadeBlendsTheTwoClipsAndDipGoesThroughBlack() throws IOException {
        var preset = Preset.PREVIEW;
        // red 0-30, blue crossfades in over 10 frames from 20 (to 50), green dips in after it (50-80)
        var plan = new RenderPlan(preset, Locale.ENGLISH, Card.NONE,
                List.of(clip("red", painted("red", Color.RED, preset), 0, 30, Transition.CUT, 0),
                        clip("blue", painted("blue", Color.BLUE, preset), 20, 30, Transition.CROSSFADE, 10),
                        clip("green", painted("green", Color.GREEN, preset), 50, 30, Transition.DIP_TO_BLACK, 10)),
                Card.NONE, 80, 80, List.of(), false, silence(80, preset));

        var film = engine().render(plan, folder, "film", SegmentCache.NONE, RenderListener.NONE, () -> false);

        var colours = new int[80][];
        FilmFrames.each(film.film(), preset.width(), preset.height(),
                (index, rgb) -> colours[index] = FilmFrames.pixel(rgb, preset.width(), 270, 480));
        assertColour(colours[10], 255, 0, 0);
        // frame 24 is the fifth of the overlap: blue at 5/11 over red
        assertColour(colours[24], 255 * 6 / 11, 0, 255 * 5 / 11);
        assertColour(colours[35], 0, 0, 255);
        // blue's last 5 frames fade to black, green's first 5 come up from it
        assertColour(colours[49], 0, 0, 255 / 6);
        assertColour(colours[50], 0, 255 / 6, 0);
        assertColour(colours[60], 0, 255, 0);
    }

    @Test
    void missingOrDamagedTakeFailsNamingItsClipAndWritesNoFilm() throws IOException {
        var preset = Preset.PREVIEW;
        var take = voices.resolve("take.mp4");
        new VideoEncoder().encode(new VideoFormat(540, 960, 30), 60, (g, frame) -> {
            g.setColor(new Color(frame * 4, 100, 100));
            g.fillRect(0, 0, 540, 960);
        }, take, percent -> { }, () -> false);
        var bytes = Files.readAllBytes(take);
        var truncated = Files.write(voices.resolve("truncated.mp4"), Arrays.copyOf(bytes, bytes.length / 2));
        var garbage = Files.write(voices.resolve("garbage.mp4"), "not a video at all".repeat(100).getBytes());
        var missing = voices.resolve("gone.mp4");

        for (var file : List.of(missing, garbage, truncated)) {
            var plan = new RenderPlan(preset, Locale.ENGLISH, Card.NONE,
                    List.of(clip("Scene 1, shot 1", painted("red", Color.RED, preset), 0, 30, Transition.CUT, 0),
                            clip("Scene 2, shot 3", new ClipSource.VideoFile(file, file.toString()), 30, 60,
                                    Transition.CUT, 0)),
                    Card.NONE, 90, 90, List.of(), false, silence(90, preset));

            assertThatExceptionOfType(CutNotRenderable.class)
                    .isThrownBy(() -> engine().render(plan, folder, "film", SegmentCache.NONE, RenderListener.NONE,
                            () -> false))
                    .satisfies(e -> {
                        assertThat(e.messageKey()).isEqualTo("render.error.clip");
                        assertThat(e.arguments()).containsExactly("Scene 2, shot 3");
                    });
            try (var files = Files.list(folder)) {
                assertThat(files).as("after %s", file.getFileName()).isEmpty();
            }
        }
    }

    @Test
    void videoFileIsDrawnFrameByFrameScaledToFit() throws IOException {
        var preset = Preset.PREVIEW;
        var take = voices.resolve("take.mp4");
        // a horizontal take in a vertical film: letterboxed, its frames taken by time from frame 10 on; each frame
        // of the take shows a white bar 5 pixels wide at x = 5 × frame
        new VideoEncoder().encode(new VideoFormat(320, 180, 30), 60, (g, frame) -> {
            g.setColor(Color.WHITE);
            g.fillRect(frame * 5, 0, 5, 180);
        }, take, percent -> { }, () -> false);
        var plan = new RenderPlan(preset, Locale.ENGLISH, Card.NONE,
                List.of(new RenderPlan.Clip("take", new ClipSource.VideoFile(take, "take-1"), 0, 10, 40,
                        Transition.CUT, 0)), Card.NONE, 40, 40, List.of(), false, silence(40, preset));

        var film = engine().render(plan, folder, "film", SegmentCache.NONE, RenderListener.NONE, () -> false);

        var bars = new int[40];
        var letterbox = new int[40];
        FilmFrames.each(film.film(), preset.width(), preset.height(), (index, rgb) -> {
            var brightest = 0;
            for (var x = 0; x < preset.width(); x++) {
                if (FilmFrames.pixel(rgb, preset.width(), x, 480)[0] > FilmFrames.pixel(rgb, preset.width(),
                        brightest, 480)[0]) {
                    brightest = x;
                }
            }
            bars[index] = brightest;
            letterbox[index] = FilmFrames.pixel(rgb, preset.width(), 270, 100)[0];
        });
        var scale = 540 / 320.0;
        for (var frame = 0; frame < 40; frame++) {
            var centre = ((10 + frame) * 5 + 2.5) * scale;
            assertThat((double) bars[frame]).as("frame %d of %s", frame, Arrays.toString(bars))
                    .isCloseTo(centre, within(4.0 + 2));
            assertThat(letterbox[frame]).as("frame %d", frame).isLessThan(6);
        }
    }

    @Test
    void stoppedRenderResumesFromItsFinishedSegmentsAndEqualsAnUninterruptedOne() throws IOException {
        var preset = Preset.PREVIEW;
        var plan = fourSegments(preset, Color.BLUE);
        var cache = new FolderCache(voices.resolve("cache"));
        var stopped = folder.resolve("stopped");
        var whole = folder.resolve("whole");

        assertThatExceptionOfType(InterruptedIOException.class).isThrownBy(() -> engine().render(plan, stopped,
                "film", cache, RenderListener.NONE, () -> cache.size() >= 2));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(stopped.resolve("film.mp4")).doesNotExist();

        var resumed = engine().render(plan, stopped, "film", cache, RenderListener.NONE, () -> false);
        var uninterrupted = engine().render(plan, whole, "film", SegmentCache.NONE, RenderListener.NONE,
                () -> false);

        assertThat(resumed.segmentsReused()).isEqualTo(2);
        assertThat(resumed.segmentsRendered()).isEqualTo(2);
        assertThat(uninterrupted.segmentsRendered()).isEqualTo(4);
        assertThat(resumed.frames()).isEqualTo(uninterrupted.frames()).isEqualTo(120);
        var resumedProbe = withoutFileName(FilmProbe.probe(resumed.film()));
        assertThat(resumedProbe).isEqualTo(withoutFileName(FilmProbe.probe(uninterrupted.film())));
        assertThat(resumedProbe).containsEntry("streams.stream.0.nb_read_frames", "120");
        assertThat(Files.readAllBytes(resumed.film())).isEqualTo(Files.readAllBytes(uninterrupted.film()));
    }

    @Test
    void changingOneClipRendersOnlyTheSegmentsItTouches() throws IOException {
        var preset = Preset.PREVIEW;
        var cache = new FolderCache(voices.resolve("cache"));
        var first = engine().render(fourSegments(preset, Color.BLUE), folder, "film", cache, RenderListener.NONE,
                () -> false);
        var progress = new ArrayList<String>();
        var percents = new ArrayList<Integer>();

        var second = engine().render(fourSegments(preset, Color.YELLOW), folder, "film", cache,
                (stage, percent, segment, segments) -> {
                    progress.add(stage + " " + segment + "/" + segments);
                    percents.add(percent);
                }, () -> false);

        assertThat(first.segmentsRendered()).isEqualTo(4);
        assertThat(second.segmentsRendered()).isEqualTo(1);
        assertThat(second.segmentsReused()).isEqualTo(3);
        assertThat(percents).isSorted().endsWith(100);
        assertThat(progress.stream().distinct().toList()).containsExactly("PICTURE 1/4",
                "PICTURE 2/4", "PICTURE 3/4", "PICTURE 4/4", "JOINING 0/4", "MIXING 0/4", "FINISHING 0/4",
                "CHECKING 0/4");
    }

    @Test
    void emptyPlanIsRefused() {
        var plan = new RenderPlan(Preset.PREVIEW, Locale.ENGLISH, Card.NONE, List.of(), Card.NONE, 0, 0, List.of(),
                false, silence(0, Preset.PREVIEW));

        assertThatExceptionOfType(CutNotRenderable.class).isThrownBy(() -> engine().render(plan, folder, "film",
                SegmentCache.NONE, RenderListener.NONE, () -> false))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("render.error.empty"));
        assertThat(folder).isEmptyDirectory();
    }

    /** 4 s in 1 s segments: red, then the given colour on frames 30-59 only, then red, then a slate. */
    private static RenderPlan fourSegments(Preset preset, Color second) {
        return new RenderPlan(preset, Locale.ENGLISH, Card.NONE,
                List.of(clip("one", painted("red", Color.RED, preset), 0, 30, Transition.CUT, 0),
                        clip("two", painted("colour " + second.getRGB(), second, preset), 30, 30, Transition.CUT, 0),
                        clip("three", painted("red", Color.RED, preset), 60, 30, Transition.CUT, 0),
                        clip("four", new ClipSource.Slate("Scene 4 has no take yet", "slate"), 90, 30,
                                Transition.CUT, 0)),
                Card.NONE, 120, 120, List.of(new RenderPlan.Cue(95, 110, "Where is it?")), true,
                silence(120, preset));
    }

    private static Map<String, String> withoutFileName(Map<String, String> probe) {
        var copy = new LinkedHashMap<>(probe);
        copy.remove("format.filename");
        return copy;
    }

    private static void assertColour(int[] rgb, int r, int g, int b) {
        assertThat(rgb[0]).as("red of %s", Arrays.toString(rgb)).isBetween(r - 8, r + 8);
        assertThat(rgb[1]).as("green of %s", Arrays.toString(rgb)).isBetween(g - 8, g + 8);
        assertThat(rgb[2]).as("blue of %s", Arrays.toString(rgb)).isBetween(b - 8, b + 8);
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).boxed().toList();
    }

    private static FilmEngine engine() {
        return new FilmEngine(EncoderSettings.DEFAULTS, 1);
    }

    static RenderPlan.Clip clip(String label, ClipSource source, int start, int frames, Transition transition,
            int transitionFrames) {
        return new RenderPlan.Clip(label, source, start, 0, frames, transition, transitionFrames);
    }

    static SoundMix silence(int frames, Preset preset) {
        return new SoundMix(frames * (long) SoundMix.RATE / preset.fps(), List.of(), null);
    }

    static ClipSource painted(String identity, Color colour, Preset preset) {
        return new ClipSource.Painted(() -> (FramePainter) (g, frame) -> {
            g.setColor(colour);
            g.fillRect(0, 0, preset.width(), preset.height());
        }, preset.width(), preset.height(), identity);
    }
}
