package org.filmfactory.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.filmfactory.testsupport.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodes clips and judges them with Debian's ffprobe (an FFmpeg build independent of JavaCV's). */
class VideoEncoderTest {

    @TempDir
    Path folder;

    private final VideoEncoder encoder = new VideoEncoder();
    private final Stills stills = new Stills();

    @Test
    void encodesVerticalHdClipThatFfprobeReadsExactly() throws IOException {
        var target = folder.resolve("shot.mp4");
        var percents = new ArrayList<Integer>();

        var clip = encoder.encode(VideoFormat.VERTICAL_HD, 12, FrameColours::paint, target, percents::add,
                () -> false);

        assertThat(clip).isEqualTo(new EncodedClip(target, 12, Duration.ofMillis(400), 1080, 1920, 30, "h264"));
        assertProbedAs(target, 1080, 1920, "30/1", 12);
        assertThat(Ffprobe.streamTypes(target)).containsExactly("video");
        // +faststart: the index (moov) comes before the media data, as the ffmpeg command line writes it
        assertThat(topLevelBoxes(target)).containsExactly("ftyp", "moov", "free", "mdat");
        assertThat(percents).startsWith(8).endsWith(100).isSorted().doesNotHaveDuplicates();
        assertThat(folder).isDirectoryContaining(path -> path.equals(target));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void decodesEveryFrameInOrderAtExactNumbers() throws IOException {
        // 75 frames at 25 fps with a key frame every 50: frames 49/50/51 straddle a GOP, 74 is the last
        var format = new VideoFormat(320, 180, 25);
        var target = folder.resolve("small.mp4");

        var clip = encoder.encode(format, 75, FrameColours::paint, target, percent -> { }, () -> false);

        assertThat(clip).isEqualTo(new EncodedClip(target, 75, Duration.ofSeconds(3), 320, 180, 25, "h264"));
        assertProbedAs(target, 320, 180, "25/1", 75);
        for (var frame : List.of(0, 1, 2, 24, 25, 49, 50, 51, 73, 74)) {
            var image = stills.frameAt(target, frame);
            assertThat(image.getWidth()).isEqualTo(320);
            assertThat(image.getHeight()).isEqualTo(180);
            assertThat(FrameColours.frameShown(image)).as("frame %d", frame).isEqualTo(frame);
        }
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> stills.frameAt(target, 75));
    }

    @Test
    void stoppingMidwayLeavesNothingBehind() throws IOException {
        var target = folder.resolve("stopped.mp4");
        var encoded = new AtomicInteger();

        assertThatExceptionOfType(InterruptedIOException.class).isThrownBy(() -> encoder.encode(
                new VideoFormat(320, 180, 30), 300, FrameColours::paint, target, encoded::set,
                () -> encoded.get() >= 10));

        assertThat(encoded).hasValue(10);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void painterFailureLeavesNothingBehindAndReachesTheCaller() throws IOException {
        var target = folder.resolve("broken.mp4");
        Files.writeString(target, "the previous take");

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> encoder.encode(
                new VideoFormat(320, 180, 30), 30, (g, frame) -> {
                    if (frame == 5) {
                        throw new IllegalStateException("no font");
                    }
                }, target, percent -> { }, () -> false)).withMessage("no font");

        assertThat(target).hasContent("the previous take");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void postersAndThumbnailsShowTheMiddleFrame() throws IOException {
        var video = folder.resolve("clip.mp4");
        encoder.encode(new VideoFormat(360, 640, 30), 31, FrameColours::paint, video, percent -> { }, () -> false);

        var poster = stills.poster(video, folder.resolve("poster.jpg"));
        var thumbnail = stills.thumbnail(video, folder.resolve("thumb.jpg"));

        var posterImage = javax.imageio.ImageIO.read(poster.toFile());
        assertThat(posterImage.getWidth()).isEqualTo(360);
        assertThat(posterImage.getHeight()).isEqualTo(640);
        assertThat(FrameColours.frameShown(posterImage)).isEqualTo(15);
        var thumbnailImage = javax.imageio.ImageIO.read(thumbnail.toFile());
        assertThat(thumbnailImage.getWidth()).isEqualTo(270);
        assertThat(thumbnailImage.getHeight()).isEqualTo(480);
        assertThat(FrameColours.frameShown(thumbnailImage)).isEqualTo(15);
    }

    @Test
    void scalesToFitKeepingTheAspectRatio() {
        var wide = new BufferedImage(1920, 1080, BufferedImage.TYPE_3BYTE_BGR);
        var small = new BufferedImage(100, 50, BufferedImage.TYPE_3BYTE_BGR);

        var scaled = stills.scaleToFit(wide, 270, 480);

        assertThat(List.of(scaled.getWidth(), scaled.getHeight())).containsExactly(270, 152);
        assertThat(stills.scaleToFit(small, 270, 480)).isSameAs(small);
    }

    static void assertProbedAs(Path file, int width, int height, String rate, int frames) throws IOException {
        Map<String, String> probed = Ffprobe.videoStream(file);
        assertThat(probed).containsEntry("codec_name", "h264").containsEntry("pix_fmt", "yuv420p")
                .containsEntry("width", Integer.toString(width)).containsEntry("height", Integer.toString(height))
                .containsEntry("r_frame_rate", rate).containsEntry("avg_frame_rate", rate)
                .containsEntry("nb_read_frames", Integer.toString(frames)).containsEntry("start_pts", "0");
        // duration exactly frames / fps: duration_ts × time_base × fps = frames, in integers
        var timeBase = probed.get("time_base").split("/");
        var fps = rate.split("/");
        var left = new BigInteger(probed.get("duration_ts")).multiply(new BigInteger(timeBase[0]))
                .multiply(new BigInteger(fps[0]));
        var right = BigInteger.valueOf(frames).multiply(new BigInteger(timeBase[1])).multiply(new BigInteger(fps[1]));
        assertThat(left).as("duration %s × %s", probed.get("duration_ts"), probed.get("time_base")).isEqualTo(right);
    }

    /** The MP4's top-level box types in file order ({@code ftyp}, {@code moov}, {@code mdat}…). */
    static List<String> topLevelBoxes(Path file) throws IOException {
        var boxes = new ArrayList<String>();
        try (var in = new DataInputStream(Files.newInputStream(file))) {
            var remaining = Files.size(file);
            while (remaining >= 8) {
                long size = Integer.toUnsignedLong(in.readInt());
                var type = new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII);
                var header = 8L;
                if (size == 1) {
                    size = in.readLong();
                    header = 16;
                }
                boxes.add(type);
                in.skipNBytes(size - header);
                remaining -= size;
            }
        }
        return boxes;
    }

    /** Paints each frame as one flat colour from a 6×6×6 cube, neighbours far apart, and reads it back. */
    static final class FrameColours {

        private FrameColours() {
        }

        static Color colour(int frame) {
            var index = (frame * 97) % 216;
            return new Color(index / 36 * 51, index / 6 % 6 * 51, index % 6 * 51);
        }

        static void paint(java.awt.Graphics2D g, int frame) {
            g.setColor(colour(frame));
            g.fillRect(0, 0, 4000, 4000);
        }

        /** The frame whose colour is nearest to the picture's centre (each channel within 25 of a cube step). */
        static int frameShown(BufferedImage image) {
            var rgb = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
            for (var frame = 0; frame < 216; frame++) {
                var c = colour(frame);
                if (Math.abs(c.getRed() - rgb.getRed()) <= 25 && Math.abs(c.getGreen() - rgb.getGreen()) <= 25
                        && Math.abs(c.getBlue() - rgb.getBlue()) <= 25) {
                    return frame;
                }
            }
            return -1;
        }
    }
}
