package org.filmfactory.factory.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.Cuts;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeStage;
import org.filmfactory.factory.MakeState;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.filmfactory.review.Reviews;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Ffprobe;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * "Approved takes, animatics for the rest": the approved shot shows its take, the other shot is drawn by the offline
 * animatic straight into the film — no take is generated or encoded for it.
 */
@StudioTest
class MakeFilmAnimaticIT {

    static final String SCRIPT = """
            INT. GREENHOUSE - DAY

            Tomas waters a row of tomato plants.
            """;
    static final OutputFormat FORMAT = new OutputFormat(360, 640, 30);
    /** The approved take's one colour. */
    static final Color GREEN = new Color(40, 170, 70);

    @Autowired
    ApplicationContext context;
    @Autowired
    Factory factory;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    TakeGeneration takes;
    @Autowired
    Reviews reviews;
    @Autowired
    Cuts cuts;
    @Autowired
    Rendering rendering;
    @Autowired
    WorkQueue queue;
    @Autowired
    MediaStore media;
    @Autowired
    AnimaticClips animatics;
    @TempDir
    Path folder;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void theApprovedShotShowsItsTakeAndTheOtherIsDrawnAsTheAnimaticWithoutAnyTakeMade() throws Exception {
        Actors.create(context, "Olga Owner").signIn();
        var project = context.getBean(ProjectManagement.class).create(
                new NewProject("Greenhouse", "", ScriptLanguage.EN, FORMAT));
        long revision = scripts.save(project, 0, SCRIPT).revision();
        var list = await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        assertThat(list.shots()).hasSize(2);
        var approvedShot = list.shots().get(0);
        var otherShot = list.shots().get(1);
        int takeFrames = (int) (approvedShot.duration().toMillis() * FORMAT.fps() / 1000);
        var clip = folder.resolve("green.mp4");
        var format = new VideoFormat(FORMAT.width(), FORMAT.height(), FORMAT.fps());
        context.getBean(VideoEncoder.class).encode(format, takeFrames, (g, frame) -> {
            g.setColor(GREEN);
            g.fillRect(0, 0, format.width(), format.height());
        }, clip, percent -> { }, () -> false);
        try (InputStream in = Files.newInputStream(clip)) {
            var take = takes.upload(project, approvedShot.id(), "green.mp4", in, Files.size(clip));
            takes.select(project, take.id());
        }
        reviews.approve(project, approvedShot.id(), null);

        var options = new MakeOptions(TakePolicy.APPROVED_OR_ANIMATIC, new RenderSpec(Preset.PREVIEW, false));
        var id = factory.makeFilm(project, options);
        var run = await().atMost(ofSeconds(600)).pollInSameThread()
                .until(() -> factory.run(project, id).orElseThrow(), r -> r.state() != MakeState.RUNNING);
        assertThat(List.<Object>of(run.state(), run.stage(), run.progress()))
                .as("%s %s", run.failureKey(), run.failureArgs())
                .containsExactly(MakeState.DONE, MakeStage.RENDER, 1.0);
        var kinds = queue.jobs(project.toString(), 100).stream().map(job -> job.kind()).toList();
        assertThat(kinds).containsExactlyInAnyOrder("factory.make", "render.film");
        assertThat(takes.takes(project, otherShot.id())).isEmpty();

        var film = rendering.film(project, run.film()).orElseThrow();
        var file = folder.resolve("film.mp4");
        media.copyTo(film.film(), file);
        var preset = Preset.PREVIEW;
        assertThat(Ffprobe.streamTypes(file)).containsExactly("video", "audio");
        var video = Ffprobe.videoStream(file);
        assertThat(List.of(video.get("codec_name"), video.get("width"), video.get("height"), video.get("nb_read_frames")))
                .containsExactly("h264", String.valueOf(preset.width()), String.valueOf(preset.height()),
                        String.valueOf(film.frames()));

        var cut = cuts.current(project);
        assertThat(cut.clips()).extracting(c -> c.shot()).containsExactly(approvedShot.id(), otherShot.id());
        int[] starts = cut.starts();
        int first = scaled(starts[0] + cut.clips().get(0).frames() * 3 / 4, cut.fps(), preset.fps());
        int secondStart = scaled(starts[1], cut.fps(), preset.fps());
        int secondFrames = (int) film.frames() - secondStart;
        int second = secondStart + secondFrames * 3 / 4;

        var green = mean(frame(file, first, preset));
        assertThat(green).as("the approved take's picture").satisfies(rgb -> assertClose(rgb,
                new double[] {GREEN.getRed(), GREEN.getGreen(), GREEN.getBlue()}, 6));

        // The other shot: what the animatic of that shot draws at that frame.
        var description = animatics.describe(project, list, Set.of(otherShot.id()), Locale.ENGLISH,
                new VideoFormat(FORMAT.width(), FORMAT.height(), FORMAT.fps())).get(otherShot.id());
        var painted = animatics.painted(description, preset, secondFrames);
        var drawn = new BufferedImage(preset.width(), preset.height(), BufferedImage.TYPE_INT_RGB);
        var g = drawn.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        var painter = painted.painter().get();
        for (int i = 0; i <= second - secondStart; i++) {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, preset.width(), preset.height());
            painter.paint(g, i);
        }
        g.dispose();
        var animatic = mean(frame(file, second, preset));
        assertThat(animatic).as("the animatic's picture").satisfies(rgb -> assertClose(rgb, mean(drawn), 6));
        assertThat(Math.abs(animatic[1] - GREEN.getGreen())).as("not the take").isGreaterThan(30);
    }

    private static int scaled(long frames, int from, int to) {
        return (int) Math.round(frames * (double) to / from);
    }

    private static void assertClose(double[] actual, double[] expected, double tolerance) {
        for (int i = 0; i < 3; i++) {
            assertThat(actual[i]).as("channel %d of %s against %s", i, List.of(actual[0], actual[1], actual[2]),
                    List.of(expected[0], expected[1], expected[2])).isCloseTo(expected[i],
                    org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    /** One frame of the film, decoded with the BT.709 matrix the studio tags its films with. */
    private static BufferedImage frame(Path film, int index, Preset preset) throws IOException, InterruptedException {
        var process = new ProcessBuilder("/usr/bin/ffmpeg", "-v", "error", "-i", film.toString(), "-vf",
                "select=eq(n\\," + index + "),scale=in_color_matrix=bt709:in_range=tv:out_range=pc,format=rgb24",
                "-frames:v", "1", "-f", "rawvideo", "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] rgb;
        try (var in = process.getInputStream()) {
            rgb = in.readAllBytes();
        }
        assertThat(process.waitFor()).isZero();
        assertThat(rgb).hasSize(preset.width() * preset.height() * 3);
        var image = new BufferedImage(preset.width(), preset.height(), BufferedImage.TYPE_INT_RGB);
        for (int i = 0, p = 0; i < rgb.length; i += 3, p++) {
            image.setRGB(p % preset.width(), p / preset.width(),
                    (rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | rgb[i + 2] & 0xff);
        }
        return image;
    }

    private static double[] mean(BufferedImage image) {
        double[] sum = new double[3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                sum[0] += rgb >> 16 & 0xff;
                sum[1] += rgb >> 8 & 0xff;
                sum[2] += rgb & 0xff;
            }
        }
        double n = image.getWidth() * (double) image.getHeight();
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }
}
