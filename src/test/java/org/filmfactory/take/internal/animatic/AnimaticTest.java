package org.filmfactory.take.internal.animatic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.Stills;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.testsupport.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator end to end: a real H.264 clip, decoded and measured. */
class AnimaticTest {

    @TempDir
    Path work;

    @Test
    void writesAnH264ClipOfTheShotsDurationInTheProjectsFormat() throws Exception {
        var brief = Shots.brief(ShotType.MEDIUM, CameraMove.DOLLY, BreakdownScene.Setting.INTERIOR, "清晨",
                List.of("老王", "林姐"), 1, Duration.ofMillis(2300));
        var progress = new Recorded(false);
        var media = new AnimaticGenerator(new VideoEncoder()).generate(brief, work, progress);

        assertThat(media).isEqualTo(new GeneratedMedia.Clip(work.resolve("animatic.mp4")));
        var video = Ffprobe.videoStream(work.resolve("animatic.mp4"));
        assertThat(video).containsAllEntriesOf(Map.of("codec_name", "h264", "width", "1080", "height", "1920",
                "r_frame_rate", "30/1", "nb_read_frames", "69", "pix_fmt", "yuv420p"));
        assertThat(Ffprobe.streamTypes(work.resolve("animatic.mp4"))).containsExactly("video");
        assertThat(progress.stages.getFirst()).isEqualTo("take.animatic.stage.drawing 0");
        assertThat(progress.stages.getLast()).isEqualTo("take.animatic.stage.encoding 100");
        // The decoded middle frame is the painted one, up to compression.
        var decoded = new Stills().frameAt(work.resolve("animatic.mp4"), 34);
        var painted = AnimaticPainterTest.paint(brief, 34);
        assertThat(AnimaticPainterTest.changed(decoded, painted, 0, 1080, 0, 1920)).isLessThan(0.02);
    }

    @Test
    void landscapeProjectsGetLandscapeClips() throws Exception {
        var vertical = Shots.brief(ShotType.WIDE, "DAY", List.of("老王"));
        var brief = new ShotBrief(vertical.projectKey(), vertical.shotKey(), 1, 1, vertical.heading(),
                vertical.setting(), vertical.location(), vertical.timeOfDay(), ShotType.WIDE, CameraMove.PAN,
                Duration.ofMillis(500), vertical.subjects(), vertical.speaker(), vertical.cast(), vertical.lines(),
                vertical.description(), vertical.language(), 3, new VideoFormat(1920, 1080, 25), "");
        new AnimaticGenerator(new VideoEncoder()).generate(brief, work, new Recorded(false));

        assertThat(Ffprobe.videoStream(work.resolve("animatic.mp4"))).containsAllEntriesOf(Map.of("width", "1920",
                "height", "1080", "r_frame_rate", "25/1", "nb_read_frames", "13"));
    }

    @Test
    void stopsWhenTheJobIsStoppingAndLeavesNoClip() throws Exception {
        var brief = Shots.brief(ShotType.CLOSE_UP, "NIGHT", List.of("林姐"));

        assertThatExceptionOfType(InterruptedException.class)
                .isThrownBy(() -> new AnimaticGenerator(new VideoEncoder()).generate(brief, work, new Recorded(true)));
        try (var files = Files.list(work)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void stillMotionMovesTheCameraOverAPicture() {
        var picture = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        for (int x = 0; x < 800; x += 40) {
            g.setColor(new Color(x * 255 / 800, 120, 255 - x * 255 / 800));
            g.fillRect(x, 0, 40, 600);
        }
        g.dispose();
        var brief = Shots.brief(ShotType.WIDE, CameraMove.PAN, BreakdownScene.Setting.EXTERIOR, "DAY", List.of(),
                5, Duration.ofSeconds(1));
        var motion = new StillMotion(picture, brief);

        assertThat(motion.frameCount()).isEqualTo(30);
        var first = frame(motion, 0);
        var last = frame(motion, 29);
        assertThat(AnimaticPainterTest.changed(first, last, 0, 1080, 0, 1920)).isGreaterThan(0.3);
        assertThat(AnimaticPainterTest.changed(frame(new StillMotion(picture, brief), 29), last, 0, 1080, 0, 1920))
                .isZero();
    }

    private static BufferedImage frame(StillMotion motion, int frame) {
        var image = new BufferedImage(1080, 1920, BufferedImage.TYPE_3BYTE_BGR);
        var g = image.createGraphics();
        motion.paint(g, frame);
        g.dispose();
        return image;
    }

    private static final class Recorded implements GenerationProgress {

        final List<String> stages = new ArrayList<>();
        private final boolean stopping;

        Recorded(boolean stopping) {
            this.stopping = stopping;
        }

        @Override
        public void progress(int percent, String stageKey) {
            stages.add(stageKey + " " + percent);
        }

        @Override
        public boolean stopping() {
            return stopping;
        }
    }
}
