package org.filmfactory.render.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.FramePainter;
import org.filmfactory.platform.SoundMix;
import org.filmfactory.render.ClipSource;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderListener;
import org.filmfactory.render.RenderPlan;
import org.filmfactory.render.SegmentCache;
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

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetIsReadyForThePlatforms(Preset preset) throws IOException {
        var cues = List.of(new RenderPlan.Cue(20, 50, "Hello there, <how> are you?"),
                new RenderPlan.Cue(55, 80, "Fine & you?\n--> me"), new RenderPlan.Cue(81, 89, "你好，世界。"));
        var plan = new RenderPlan(preset, Locale.ENGLISH, new Card("Title", "#203040", "#ffffff", 15),
                List.of(clip("Scene 1, shot 1", painted("red", Color.RED, preset), 15, 45, Transition.CUT, 0),
                        clip("Scene 1, shot 2", painted("blue", Color.BLUE, preset), 50, 30, Transition.CROSSFADE,
                                10)),
                new Card("The end", "#000000", "#ffffff", 11), 80, 91, cues, true, silence(91, preset));

        var film = new FilmRendering(EncoderSettings.DEFAULTS, 1, new SilentVoices())
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
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("film.mp4", "film.srt", "film.vtt");
        }
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
