package org.filmfactory.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmfactory.testsupport.Ebur128;
import org.filmfactory.testsupport.TestSounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundMixerTest {

    private static final int RATE = SoundMix.RATE;

    @TempDir
    Path folder;

    @Test
    void placesAVoiceAtItsSample() throws IOException {
        var voice = TestSounds.pinkNoise(RATE, 1, 1.0, 0.5, 5);
        var wav = TestSounds.writeFloatWav(folder.resolve("line.wav"), RATE, 1, voice);
        var target = folder.resolve("mix.wav");

        SoundMixer.mix(new SoundMix(5 * RATE, List.of(new SoundMix.Voice(wav, 72_345, 0)), null), target);

        var mixed = TestSounds.read16BitWav(target);
        assertThat(bestLag(mixed.channel(0), voice)).isEqualTo(72_345);
        assertThat(bestLag(mixed.channel(1), voice)).isEqualTo(72_345);
    }

    @Test
    void resamplesAVoiceRecordedAtAnotherRate() throws IOException {
        // a 22 050 Hz recording (what espeak-ng makes): it starts where placed and lasts as long
        var voice = TestSounds.sine(22_050, 1, 1.0, 440, 0.5, 0);
        var wav = TestSounds.write16BitWav(folder.resolve("line.wav"), 22_050, 1, voice);
        var target = folder.resolve("mix.wav");

        SoundMixer.mix(new SoundMix(3 * RATE, List.of(new SoundMix.Voice(wav, 50_123, 0)), null), target);

        var left = TestSounds.read16BitWav(target).channel(0);
        assertThat(firstAbove(left, 0.05)).isBetween(50_123, 50_123 + 12);
        // the last loud sample is within one period of 440 Hz (109 samples) of the end, one second later
        assertThat(lastAbove(left, 0.05)).isBetween(98_123 - 110, 98_123 + 12);
    }

    @Test
    void writesExactlyTheLengthAsStereo16BitAt48Khz() throws IOException {
        var wav = TestSounds.writeFloatWav(folder.resolve("line.wav"), RATE, 2, TestSounds.pinkNoise(RATE, 2, 2, 0.5,
                1));
        var target = folder.resolve("mix.wav");

        // the line runs past the end: it is cut there
        SoundMixer.mix(new SoundMix(123_457, List.of(new SoundMix.Voice(wav, 100_000, 0)), null), target);

        var mixed = TestSounds.read16BitWav(target);
        assertThat(List.of(mixed.rate(), mixed.channels(), mixed.bits(), mixed.frames()))
                .containsExactly(48_000, 2, 16, 123_457);
    }

    @Test
    void normalisesToMinus14LufsUnderTheCeiling() throws IOException {
        var quiet = TestSounds.writeFloatWav(folder.resolve("quiet.wav"), RATE, 1,
                TestSounds.pinkNoise(RATE, 1, 4, 0.05, 2));
        var music = TestSounds.writeFloatWav(folder.resolve("music.wav"), 44_100, 2,
                TestSounds.pinkNoise(44_100, 2, 3, 0.3, 3));
        var target = folder.resolve("mix.wav");
        var mix = new SoundMix(10 * RATE, List.of(new SoundMix.Voice(quiet, RATE, 0),
                new SoundMix.Voice(quiet, 6 * RATE, 0)), new SoundMix.Music(music, -12, -10, 250));

        var reported = SoundMixer.mix(mix, target);

        var measured = SoundMixer.measure(target);
        var ffmpeg = Ebur128.measure(target);
        assertThat(measured.integratedLufs()).isCloseTo(-14.0, within(0.5));
        assertThat(measured.truePeakDbtp()).isLessThanOrEqualTo(-1.5);
        assertThat(reported.integratedLufs()).isCloseTo(measured.integratedLufs(), within(0.05));
        assertThat(ffmpeg.integratedLufs()).isCloseTo(-14.0, within(0.5));
        assertThat(ffmpeg.truePeakDbtp()).isLessThanOrEqualTo(-1.4);
    }

    @Test
    void theFilmsAacTrackMeasuresOnTargetUnderTheFilmCeiling() throws IOException {
        var music = TestSounds.writeFloatWav(folder.resolve("music.wav"), RATE, 2,
                TestSounds.pinkNoise(RATE, 2, 8, 0.4, 4));
        var line = TestSounds.writeFloatWav(folder.resolve("line.wav"), RATE, 1,
                TestSounds.pinkNoise(RATE, 1, 2, 0.6, 5));
        var wav = folder.resolve("mix.wav");
        SoundMixer.mix(new SoundMix(8 * RATE, List.of(new SoundMix.Voice(line, 2 * RATE, 0)),
                new SoundMix.Music(music, -6, -10, 250)), wav);
        var mp4 = folder.resolve("film.m4a");

        Ebur128.ffmpeg(List.of("-v", "error", "-i", wav.toString(), "-c:a", "aac", "-b:a", "192k", "-ar", "48000",
                mp4.toString()));

        var measured = SoundMixer.measure(mp4);
        assertThat(measured.integratedLufs()).isCloseTo(Loudness.TARGET_LUFS, within(1.0));
        assertThat(measured.truePeakDbtp()).isLessThanOrEqualTo(Loudness.CEILING_DBTP);
        var ffmpeg = Ebur128.measure(mp4);
        assertThat(measured.integratedLufs()).isCloseTo(ffmpeg.integratedLufs(), within(0.1));
        assertThat(measured.truePeakDbtp()).isCloseTo(ffmpeg.truePeakDbtp(), within(0.2));
    }

    @Test
    void limitsHotPeaksToTheCeiling() throws IOException {
        // clicks far above the body of the sound: normalising alone would push them over 0 dBTP
        var samples = TestSounds.pinkNoise(RATE, 2, 6, 0.05, 9);
        for (var at = RATE / 2; at < samples.length / 2; at += RATE / 3) {
            samples[2 * at] = 0.99f;
            samples[2 * at + 3] = -0.99f;
        }
        var wav = TestSounds.writeFloatWav(folder.resolve("clicks.wav"), RATE, 2, samples);
        var target = folder.resolve("mix.wav");

        SoundMixer.mix(new SoundMix(6 * RATE, List.of(new SoundMix.Voice(wav, 0, 0)), null), target);

        var measured = SoundMixer.measure(target);
        assertThat(measured.truePeakDbtp()).isLessThanOrEqualTo(-1.5);
        assertThat(measured.integratedLufs()).isCloseTo(-14.0, within(0.5));
    }

    @Test
    void ducksTheMusicByTheAskedDecibelsWhileALinePlays() throws IOException {
        // music: 200 Hz; the line: 3 kHz from 4 s to 6 s; the music is measured by its own frequency
        var music = TestSounds.writeFloatWav(folder.resolve("music.wav"), RATE, 2,
                TestSounds.sine(RATE, 2, 2.5, 200, 0.5, 0));
        var line = TestSounds.writeFloatWav(folder.resolve("line.wav"), RATE, 1,
                TestSounds.sine(RATE, 1, 2.0, 3000, 0.3, 0));
        var target = folder.resolve("mix.wav");

        SoundMixer.mix(new SoundMix(10 * RATE, List.of(new SoundMix.Voice(line, 4 * RATE, 0)),
                new SoundMix.Music(music, -6, -10, 250)), target);

        var left = TestSounds.read16BitWav(target).channel(0);
        var before = amplitudeAt(left, 200, 2.0, 3.5);
        var during = amplitudeAt(left, 200, 4.3, 5.7);
        var after = amplitudeAt(left, 200, 6.5, 8.0);
        assertThat(20 * Math.log10(during / before)).isCloseTo(-10.0, within(0.3));
        assertThat(20 * Math.log10(after / before)).isCloseTo(0.0, within(0.3));
    }

    @Test
    void loopsAShortBedAndFadesItAtTheEnds() throws IOException {
        var music = TestSounds.writeFloatWav(folder.resolve("music.wav"), RATE, 1,
                TestSounds.sine(RATE, 1, 1.0, 200, 0.5, 0));
        var target = folder.resolve("mix.wav");

        SoundMixer.mix(new SoundMix(5 * RATE, List.of(), new SoundMix.Music(music, 0, -10, 250)), target);

        var left = TestSounds.read16BitWav(target).channel(0);
        var first = amplitudeAt(left, 200, 0.3, 0.9);
        var fourth = amplitudeAt(left, 200, 3.3, 3.9);
        assertThat(20 * Math.log10(fourth / first)).isCloseTo(0.0, within(0.1));
        assertThat(Math.abs(left[0])).isLessThan(0.001f);
        assertThat(Math.abs(left[left.length - 1])).isLessThan(0.001f);
    }

    @Test
    void silenceStaysSilent() throws IOException {
        var target = folder.resolve("mix.wav");
        var silent = TestSounds.writeFloatWav(folder.resolve("silent.wav"), RATE, 1, new float[RATE]);

        var loudness = SoundMixer.mix(new SoundMix(2 * RATE, List.of(new SoundMix.Voice(silent, 0, 0)), null),
                target);

        var mixed = TestSounds.read16BitWav(target);
        assertThat(mixed.frames()).isEqualTo(2 * RATE);
        assertThat(mixed.samples()).containsOnly(0f);
        assertThat(loudness).isEqualTo(new Loudness(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @Test
    void namesAMissingVoiceAndWritesNothing() throws IOException {
        var target = folder.resolve("mix.wav");
        var missing = folder.resolve("gone.wav");

        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> SoundMixer.mix(new SoundMix(RATE, List.of(new SoundMix.Voice(missing, 0, 0)), null),
                        target))
                .withMessageContaining("gone.wav");
        try (var left = Files.list(folder)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    /** The lag at which {@code pattern} correlates best with {@code signal}. */
    private static int bestLag(float[] signal, float[] pattern) {
        var best = -1;
        var bestValue = Double.NEGATIVE_INFINITY;
        for (var lag = 0; lag + pattern.length <= signal.length; lag += 1) {
            var sum = 0.0;
            for (var i = 0; i < pattern.length; i += 4) {
                sum += signal[lag + i] * pattern[i];
            }
            if (sum > bestValue) {
                bestValue = sum;
                best = lag;
            }
        }
        return best;
    }

    private static int firstAbove(float[] signal, double level) {
        for (var i = 0; i < signal.length; i++) {
            if (Math.abs(signal[i]) > level) {
                return i;
            }
        }
        return -1;
    }

    private static int lastAbove(float[] signal, double level) {
        for (var i = signal.length - 1; i >= 0; i--) {
            if (Math.abs(signal[i]) > level) {
                return i;
            }
        }
        return -1;
    }

    /** The amplitude of the {@code hertz} component between two times (a single-bin DFT over whole cycles). */
    private static double amplitudeAt(float[] signal, double hertz, double from, double to) {
        var start = (int) (from * RATE);
        var cycles = Math.floor((to - from) * hertz);
        var length = (int) Math.round(cycles * RATE / hertz);
        var re = 0.0;
        var im = 0.0;
        for (var i = 0; i < length; i++) {
            var angle = 2 * Math.PI * hertz * i / RATE;
            re += signal[start + i] * Math.cos(angle);
            im += signal[start + i] * Math.sin(angle);
        }
        return 2 * Math.hypot(re, im) / length;
    }
}
