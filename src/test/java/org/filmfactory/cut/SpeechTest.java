package org.filmfactory.cut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline voice, checked by decoding its WAVs with javax.sound rather than trusting what it says. */
class SpeechTest {

    @TempDir
    Path folder;

    @Test
    void speaksEnglishIntoAPlausibleWav() throws Exception {
        var wav = folder.resolve("en.wav");
        var said = Speech.speak("Good morning. The train leaves at seven, so we have to hurry.", "espeak:en-us+m3",
                wav);

        var decoded = decode(wav);
        assertThat(decoded.format().getSampleRate()).isEqualTo(22_050f);
        assertThat(decoded.format().getChannels()).isEqualTo(1);
        assertThat(decoded.format().getSampleSizeInBits()).isEqualTo(16);
        assertThat(decoded.format().getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        assertThat(decoded.duration()).isEqualTo(said);
        // Fourteen words at espeak-ng's 175 words a minute, with two sentence pauses: about four seconds.
        assertThat(said).isBetween(Duration.ofMillis(2_500), Duration.ofMillis(6_500));
        assertThat(decoded.rms()).isGreaterThan(500);
        assertThat(decoded.voicedShare()).isGreaterThan(0.4);
    }

    @Test
    void speaksMandarinWithTheCmnVoiceNotAsEnglish() throws Exception {
        var text = "你好，今天天气很好，我们去公园散步吧。";
        var chinese = folder.resolve("cmn.wav");
        var english = folder.resolve("en-reading-chinese.wav");
        var said = Speech.speak(text, "espeak:cmn", chinese);
        Speech.speak(text, "espeak:en-us", english);

        var decoded = decode(chinese);
        assertThat(decoded.duration()).isEqualTo(said);
        // Eighteen syllables at about four a second.
        assertThat(said).isBetween(Duration.ofMillis(2_500), Duration.ofMillis(8_000));
        assertThat(decoded.rms()).isGreaterThan(500);
        assertThat(decoded.voicedShare()).isGreaterThan(0.4);
        // English cannot read Han characters: it spells them out as "Chinese letter" for each, far longer.
        assertThat(sha(english)).isNotEqualTo(sha(chinese));
        assertThat(decode(english).duration()).isNotEqualTo(decoded.duration());
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        var first = folder.resolve("first.wav");
        var second = folder.resolve("second.wav");
        var other = folder.resolve("other.wav");
        Speech.speak("Keep the change.", "espeak:en-gb+f2", first);
        Speech.speak("Something else in between.", "espeak:cmn+m1", other);
        Speech.speak("Keep the change.", "espeak:en-gb+f2", second);

        assertThat(sha(second)).isEqualTo(sha(first));
    }

    @Test
    void variantsChangeTheVoice() throws Exception {
        var male = folder.resolve("m.wav");
        var female = folder.resolve("f.wav");
        Speech.speak("Keep the change.", "espeak:en-us+m3", male);
        Speech.speak("Keep the change.", "espeak:en-us+f2", female);

        assertThat(sha(male)).isNotEqualTo(sha(female));
    }

    @Test
    void controlCharactersAreReadAsSpaces() throws Exception {
        var dirty = folder.resolve("dirty.wav");
        var clean = folder.resolve("clean.wav");
        Speech.speak("Keep\u0000 the\u001b\r\nchange.\u0007", "espeak:en-us", dirty);
        Speech.speak("Keep the change.", "espeak:en-us", clean);

        assertThat(sha(dirty)).isEqualTo(sha(clean));
    }

    @Test
    void refusesWhatCannotBeSpokenBeforeTouchingTheTarget() {
        var target = folder.resolve("never.wav");

        assertThatIllegalArgumentException().isThrownBy(() -> Speech.speak("", "espeak:en-us", target))
                .withMessageContaining("Nothing to speak");
        assertThatIllegalArgumentException().isThrownBy(() -> Speech.speak(" \u0000\n …! ", "espeak:en-us", target))
                .withMessageContaining("Nothing to speak");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Speech.speak("word ".repeat(1_000), "espeak:en-us", target))
                .withMessageContaining("5000 characters long; at most 4000");
        assertThatIllegalArgumentException().isThrownBy(() -> Speech.speak("Hello", "espeak:fr", target))
                .withMessage("not an offline voice: espeak:fr");
        assertThatIllegalArgumentException().isThrownBy(() -> Speech.speak("Hello", "espeak:en-us+x9", target))
                .withMessage("not an offline voice: espeak:en-us+x9");
        assertThatIllegalArgumentException().isThrownBy(() -> Speech.speak("Hello", "piper:en-x", target))
                .withMessage("not an offline voice: piper:en-x");
        assertThat(target).doesNotExist();
    }

    @Test
    void defaultVoiceIsStablePerNameAndVariedAcrossACast() {
        assertThat(Speech.defaultVoice("MAYA", Locale.ENGLISH)).isEqualTo(Speech.defaultVoice("Maya ", Locale.ENGLISH))
                .isEqualTo(Speech.defaultVoice("MAYA (V.O.)", Locale.ENGLISH)).startsWith("espeak:en-us+");
        assertThat(Speech.defaultVoice("李雷", Locale.SIMPLIFIED_CHINESE)).startsWith("espeak:cmn+");
        var cast = Stream.of("MAYA", "TOM", "GRANDMA", "DETECTIVE RUIZ", "OFFICER", "NARRATOR", "JIN", "SAM")
                .map(name -> Speech.defaultVoice(name, Locale.ENGLISH)).collect(Collectors.toSet());
        assertThat(cast).hasSizeGreaterThanOrEqualTo(5);
    }

    static String sha(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    record Decoded(AudioFormat format, short[] samples) {
        Duration duration() {
            return Duration.ofNanos(samples.length * 1_000_000_000L / (long) format.getSampleRate());
        }

        double rms() {
            double sum = 0;
            for (var sample : samples) {
                sum += (double) sample * sample;
            }
            return Math.sqrt(sum / samples.length);
        }

        /** Share of 20 ms windows louder than -40 dBFS. */
        double voicedShare() {
            int window = (int) (format.getSampleRate() / 50);
            int voiced = 0;
            int windows = 0;
            for (int start = 0; start + window <= samples.length; start += window) {
                double sum = 0;
                for (int i = start; i < start + window; i++) {
                    sum += (double) samples[i] * samples[i];
                }
                windows++;
                if (Math.sqrt(sum / window) > 327) {
                    voiced++;
                }
            }
            return (double) voiced / windows;
        }
    }

    static Decoded decode(Path wav) throws IOException, UnsupportedAudioFileException {
        try (var in = AudioSystem.getAudioInputStream(wav.toFile())) {
            var bytes = in.readAllBytes();
            var samples = new short[bytes.length / 2];
            ByteBuffer.wrap(bytes).order(in.getFormat().isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                    .asShortBuffer().get(samples);
            return new Decoded(in.getFormat(), samples);
        }
    }
}
