package org.filmfactory.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.filmfactory.platform.Loudness;
import org.filmfactory.platform.SoundMixer;
import org.filmfactory.testsupport.Ebur128;
import org.filmfactory.testsupport.TestSounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BS.1770-4 meter against values the standard and EBU Tech 3341 give for generated signals, and against FFmpeg's
 * {@code ebur128} filter on the same files (FFmpeg prints one decimal, hence 0.1 LU).
 */
class LoudnessMeterTest {

    @TempDir
    Path folder;

    private static Loudness meter(int rate, int channels, float[] samples) {
        var meter = new LoudnessMeter(rate, channels);
        // odd feeding sizes: the meter must not care how the stream is cut
        var frames = samples.length / channels;
        var at = 0;
        var step = 1_237;
        while (at < frames) {
            var n = Math.min(step, frames - at);
            meter.accept(samples, at * channels, n);
            at += n;
        }
        return meter.result();
    }

    @Test
    void fullScale997HertzSineInOneChannelMeasuresMinus3Point01() {
        var loudness = meter(48_000, 1, TestSounds.sine(48_000, 1, 10, 997, 1.0, 0));

        assertThat(loudness.integratedLufs()).isCloseTo(-3.01, within(0.02));
        assertThat(loudness.truePeakDbtp()).isCloseTo(0.0, within(0.05));
    }

    @Test
    void stereoSineAtMinus23DbfsMeasuresMinus23Lufs() {
        // EBU Tech 3341 case 1
        var loudness = meter(48_000, 2, TestSounds.sine(48_000, 2, 20, 1000, Math.pow(10, -23 / 20.0), 0));

        assertThat(loudness.integratedLufs()).isCloseTo(-23.0, within(0.05));
    }

    @Test
    void kWeightingHoldsAtOtherRates() {
        for (var rate : new int[] {44_100, 32_000, 96_000}) {
            var loudness = meter(rate, 2, TestSounds.sine(rate, 2, 10, 1000, Math.pow(10, -20 / 20.0), 0));

            assertThat(loudness.integratedLufs()).as("at %d Hz", rate).isCloseTo(-20.0, within(0.05));
        }
    }

    @Test
    void gatesLeaveOutQuietPartsAndSilence() {
        // EBU Tech 3341 case 3 shortened: -36, -23, -36 dBFS; plus digital silence after
        var quiet = TestSounds.sine(48_000, 2, 10, 1000, Math.pow(10, -36 / 20.0), 0);
        var loud = TestSounds.sine(48_000, 2, 20, 1000, Math.pow(10, -23 / 20.0), 0);
        var silence = new float[2 * 48_000 * 10];
        var all = concat(quiet, loud, quiet, silence);

        var loudness = meter(48_000, 2, all);

        // the blocks across each step count at their partial level (EBU Tech 3341 allows ±0.1 LU)
        assertThat(loudness.integratedLufs()).isCloseTo(-23.0, within(0.1));
    }

    @Test
    void truePeakFindsThePeakBetweenSamples() {
        // a quarter-rate sine at 45°: every sample is at 0.707 of the peak (sample peak -9.03, true peak -6.02)
        var loudness = meter(48_000, 2, faded(TestSounds.sine(48_000, 2, 2, 12_000, 0.5, Math.PI / 4), 2));

        assertThat(loudness.truePeakDbtp()).isCloseTo(-6.02, within(0.02));
    }

    @Test
    void silenceIsMinusInfinity() {
        var loudness = meter(48_000, 2, new float[2 * 48_000 * 3]);

        assertThat(loudness).isEqualTo(new Loudness(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @Test
    void agreesWithFfmpegOnASine() throws IOException {
        agreesWithFfmpeg(TestSounds.writeFloatWav(folder.resolve("sine.wav"), 48_000, 2,
                TestSounds.sine(48_000, 2, 10, 1000, Math.pow(10, -20 / 20.0), 0)), -20.0);
    }

    @Test
    void agreesWithFfmpegOnPinkNoise() throws IOException {
        agreesWithFfmpeg(TestSounds.writeFloatWav(folder.resolve("pink.wav"), 48_000, 2,
                TestSounds.pinkNoise(48_000, 2, 15, 0.5, 7)), Double.NaN);
    }

    @Test
    void agreesWithFfmpegOnNoiseWithSilentGaps() throws IOException {
        var noise = TestSounds.pinkNoise(48_000, 2, 20, 0.3, 11);
        TestSounds.silenced(noise, 48_000, 2, 3, 6.5);
        TestSounds.silenced(noise, 48_000, 2, 12, 16);
        agreesWithFfmpeg(TestSounds.writeFloatWav(folder.resolve("gaps.wav"), 48_000, 2, noise), Double.NaN);
    }

    @Test
    void agreesWithFfmpegOnAMonoFileAt44100() throws IOException {
        agreesWithFfmpeg(TestSounds.write16BitWav(folder.resolve("mono.wav"), 44_100, 1,
                TestSounds.pinkNoise(44_100, 1, 12, 0.6, 3)), Double.NaN);
    }

    @Test
    void agreesWithFfmpegOnInterSamplePeaks() throws IOException {
        // faded in and out: an abrupt start would ring differently in each interpolator
        var sine = faded(TestSounds.sine(48_000, 2, 5, 12_000, 0.5, Math.PI / 4), 2);
        var file = TestSounds.writeFloatWav(folder.resolve("peaks.wav"), 48_000, 2, sine);
        agreesWithFfmpeg(file, Double.NaN);
        assertThat(SoundMixer.measure(file).truePeakDbtp()).isCloseTo(-6.02, within(0.05));
    }

    static void agreesWithFfmpeg(Path file, double expectedLufs) throws IOException {
        var ours = SoundMixer.measure(file);
        var theirs = Ebur128.measure(file);

        assertThat(ours.integratedLufs()).as("integrated, ffmpeg says %s", theirs)
                .isCloseTo(theirs.integratedLufs(), within(0.1));
        assertThat(ours.truePeakDbtp()).as("true peak, ffmpeg says %s", theirs)
                .isCloseTo(theirs.truePeakDbtp(), within(0.2));
        if (!Double.isNaN(expectedLufs)) {
            assertThat(ours.integratedLufs()).isCloseTo(expectedLufs, within(0.05));
        }
    }

    /** A 50 ms raised-cosine fade at both ends. */
    private static float[] faded(float[] samples, int channels) {
        var frames = samples.length / channels;
        var fade = 2_400;
        for (var i = 0; i < fade; i++) {
            var g = (float) (0.5 - 0.5 * Math.cos(Math.PI * i / fade));
            for (var c = 0; c < channels; c++) {
                samples[i * channels + c] *= g;
                samples[(frames - 1 - i) * channels + c] *= g;
            }
        }
        return samples;
    }

    private static float[] concat(float[]... parts) {
        var length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        var all = new float[length];
        var at = 0;
        for (var part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
