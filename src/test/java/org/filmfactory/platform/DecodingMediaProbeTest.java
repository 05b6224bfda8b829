package org.filmfactory.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.filmfactory.testsupport.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodingMediaProbeTest {

    @TempDir
    Path folder;

    private final MediaProbe probe = new DecodingMediaProbe();

    @Test
    void readsARealClipAsVideoWithExactSizeFramesAndDuration() throws IOException {
        var clip = clip("clip.mp4", 45);
        var probed = Ffprobe.videoStream(clip);

        assertThat(probe.probe(clip)).isEqualTo(new MediaInfo(MediaInfo.Kind.VIDEO, "video/mp4", "h264", null,
                Integer.parseInt(probed.get("width")), Integer.parseInt(probed.get("height")), 30.0,
                Long.parseLong(probed.get("nb_read_frames")), Duration.ofMillis(1500)));
        assertThat(probed).containsEntry("width", "320").containsEntry("height", "180");
    }

    @Test
    void readsPicturesByContentNotByName() throws IOException {
        var png = folder.resolve("still.jpg");
        ImageIO.write(picture(64, 48, BufferedImage.TYPE_INT_ARGB), "png", png.toFile());
        var jpeg = folder.resolve("still.png");
        ImageIO.write(picture(40, 30, BufferedImage.TYPE_3BYTE_BGR), "jpeg", jpeg.toFile());

        assertThat(probe.probe(png)).isEqualTo(
                new MediaInfo(MediaInfo.Kind.IMAGE, "image/png", null, null, 64, 48, 0, 1, Duration.ZERO));
        assertThat(probe.probe(jpeg)).isEqualTo(
                new MediaInfo(MediaInfo.Kind.IMAGE, "image/jpeg", null, null, 40, 30, 0, 1, Duration.ZERO));
    }

    @Test
    void readsAWaveAsSound() throws IOException {
        var wav = folder.resolve("line.mp4");
        var format = new AudioFormat(8000, 16, 1, true, false);
        var samples = new byte[8000 * 2 * 3 / 2];
        for (var i = 0; i < samples.length / 2; i++) {
            var value = (short) (Math.sin(i * 2 * Math.PI * 440 / 8000) * 10_000);
            samples[2 * i] = (byte) value;
            samples[2 * i + 1] = (byte) (value >> 8);
        }
        try (var in = new AudioInputStream(new ByteArrayInputStream(samples), format, samples.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, wav.toFile());
        }

        assertThat(probe.probe(wav)).isEqualTo(new MediaInfo(MediaInfo.Kind.AUDIO, "audio/wav", null, "pcm_s16le",
                0, 0, 0, 0, Duration.ofMillis(1500)));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        var empty = Files.createFile(folder.resolve("empty.mp4"));

        assertRefused(empty, "media.refused.empty");
    }

    @Test
    void refusesTextNamedLikeAVideo() throws IOException {
        var text = Files.writeString(folder.resolve("take.mp4"),
                "INT. KITCHEN - NIGHT\n\nANNA pours the tea.\n".repeat(40), StandardCharsets.UTF_8);

        assertRefused(text, "media.refused.unknown-type");
    }

    @Test
    void refusesRandomBytes() throws IOException {
        var bytes = new byte[64 * 1024];
        new Random(11).nextBytes(bytes);
        var noise = Files.write(folder.resolve("noise.mov"), bytes);

        assertRefused(noise, "media.refused.unknown-type");
    }

    @Test
    void refusesAListThatWouldMakeFfmpegOpenOtherFiles() throws IOException {
        clip("other.mp4", 30);
        var list = Files.writeString(folder.resolve("list.mp4"), "ffconcat version 1.0\nfile 'other.mp4'\n");

        assertRefused(list, "media.refused.unknown-type");
    }

    @Test
    void refusesTheFirstHalfOfAClip() throws IOException {
        var whole = Files.readAllBytes(clip("whole.mp4", 60));
        var half = Files.write(folder.resolve("half.mp4"), Arrays.copyOf(whole, whole.length / 2));

        assertRefused(half, "media.refused.corrupt");
    }

    @Test
    void refusesAClipWithoutItsIndex() throws IOException {
        // what the first half of a clip without +faststart is: ftyp and the start of mdat, no moov
        var whole = Files.readAllBytes(clip("whole.mp4", 60));
        var boxes = new ByteArrayOutputStream();
        var ftypSize = readInt(whole, 0);
        boxes.write(whole, 0, ftypSize);
        var mdat = indexOf(whole, "mdat") - 4;
        boxes.write(whole, mdat, (whole.length - mdat) / 2);
        var noIndex = Files.write(folder.resolve("no-index.mp4"), boxes.toByteArray());

        assertRefused(noIndex, "media.refused.corrupt");
    }

    @Test
    void refusesAClipWhoseLastFramesAreGarbage() throws IOException {
        var bytes = Files.readAllBytes(clip("whole.mp4", 60));
        var garbage = new byte[bytes.length / 4];
        new Random(7).nextBytes(garbage);
        System.arraycopy(garbage, 0, bytes, bytes.length - garbage.length, garbage.length);
        var damaged = Files.write(folder.resolve("damaged.mp4"), bytes);

        assertRefused(damaged, "media.refused.corrupt");
    }

    @Test
    void refusesATruncatedJpeg() throws IOException {
        var jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture(400, 300, BufferedImage.TYPE_3BYTE_BGR), "jpeg", jpeg);
        var cut = Files.write(folder.resolve("cut.jpg"), Arrays.copyOf(jpeg.toByteArray(), jpeg.size() / 2));

        assertRefused(cut, "media.refused.corrupt");
    }

    @Test
    void refusesAPictureClaimingHugeDimensionsBeforeDecodingIt() throws IOException {
        var bomb = Files.write(folder.resolve("bomb.png"), pngHeader(100_000, 100_000));

        assertThatExceptionOfType(MediaRefused.class).isThrownBy(() -> probe.probe(bomb))
                .satisfies(refused -> {
                    assertThat(refused.messageKey()).isEqualTo("media.refused.picture-too-large");
                    assertThat(refused.arguments()).containsExactly(100_000, 100_000, 16_384);
                });
    }

    private void assertRefused(Path file, String key) throws IOException {
        var before = Files.readAllBytes(file);
        assertThatExceptionOfType(MediaRefused.class).isThrownBy(() -> probe.probe(file))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo(key));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private Path clip(String name, int frames) throws IOException {
        return new VideoEncoder().encode(new VideoFormat(320, 180, 30), frames, (g, frame) -> {
            g.setColor(new Color(frame * 4, 255 - frame * 4, 90));
            g.fillRect(0, 0, 320, 180);
            g.setColor(Color.WHITE);
            g.drawString("frame " + frame, 20 + frame, 90);
        }, folder.resolve(name), percent -> { }, () -> false).path();
    }

    private static BufferedImage picture(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** A PNG signature, an IHDR with the given size (valid CRC) and an empty IEND: no picture data at all. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        var data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        var ihdr = new ByteArrayOutputStream();
        var fields = new DataOutputStream(ihdr);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] {8, 2, 0, 0, 0});
        chunk(data, "IHDR", ihdr.toByteArray());
        chunk(data, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        out.writeInt(body.length);
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(body);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | (bytes[at + 3] & 0xff);
    }

    private static int indexOf(byte[] bytes, String type) {
        var needle = type.getBytes(StandardCharsets.US_ASCII);
        for (var i = 0; i + needle.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException(type + " not found");
    }
}
