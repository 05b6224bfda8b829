package org.filmfactory.cut.internal.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.filmfactory.cut.VoiceOption;
import org.filmfactory.cut.VoiceUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Piper voice folder: which files become voices, and broken voices refused before the native runtime sees them.
 * No real Piper model can be downloaded here, so speaking with one is not tested.
 */
class PiperVoicesTest {

    static final String EN_CONFIG = """
            {"audio": {"sample_rate": 22050, "quality": "medium"}, "espeak": {"voice": "en-us"},
             "language": {"code": "en_US"}, "num_speakers": 1}
            """;

    @TempDir
    Path folder;

    private PiperVoices piper(Path folder) {
        return new PiperVoices(new VoiceSettings(folder.toString(), "", "", "tts-1", List.of(), Duration.ofSeconds(5)));
    }

    @Test
    void listsEachModelThatHasItsConfigurationBesideIt() throws Exception {
        Files.write(folder.resolve("en_US-lessac-medium.onnx"), model(4096));
        Files.writeString(folder.resolve("en_US-lessac-medium.onnx.json"), EN_CONFIG);
        Files.write(folder.resolve("zh_CN-huayan-medium.onnx"), model(4096));
        Files.writeString(folder.resolve("zh_CN-huayan-medium.onnx.json"),
                "{\"audio\": {\"sample_rate\": 22050}, \"espeak\": {\"voice\": \"cmn\"}}");
        Files.write(folder.resolve("no-config.onnx"), model(4096));
        Files.writeString(folder.resolve("notes.txt"), "voices from huggingface");
        Files.createDirectory(folder.resolve("sub.onnx"));

        assertThat(piper(folder).options()).containsExactly(
                new VoiceOption("piper:en_US-lessac-medium", "en_US-lessac-medium", "piper", Locale.US),
                new VoiceOption("piper:zh_CN-huayan-medium", "zh_CN-huayan-medium", "piper",
                        Locale.forLanguageTag("cmn")));
        assertThat(piper(folder).model("piper:no-config")).isEmpty();
        assertThat(piper(folder.resolve("missing")).options()).isEmpty();
    }

    @Test
    void aBrokenModelIsRefusedWithItsFileNameAndNothingWritten() throws Exception {
        Files.writeString(folder.resolve("broken.onnx"), "<html>404 Not Found</html>" + " ".repeat(2000));
        Files.writeString(folder.resolve("broken.onnx.json"), EN_CONFIG);
        Files.write(folder.resolve("tiny.onnx"), model(10));
        Files.writeString(folder.resolve("tiny.onnx.json"), EN_CONFIG);
        Files.write(folder.resolve("badjson.onnx"), model(4096));
        Files.writeString(folder.resolve("badjson.onnx.json"), "{\"audio\": ");
        var target = folder.resolve("out.wav");

        assertThatExceptionOfType(VoiceUnavailable.class)
                .isThrownBy(() -> piper(folder).speak("Hello.", "piper:broken", target))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("cut.voice.error.piper-model");
                    assertThat(e.arguments()).containsExactly("broken.onnx");
                });
        assertThatExceptionOfType(VoiceUnavailable.class)
                .isThrownBy(() -> piper(folder).speak("Hello.", "piper:tiny", target))
                .satisfies(e -> assertThat(e.arguments()).containsExactly("tiny.onnx"));
        assertThatExceptionOfType(VoiceUnavailable.class)
                .isThrownBy(() -> piper(folder).speak("Hello.", "piper:badjson", target))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("cut.voice.error.piper-config");
                    assertThat(e.arguments()).containsExactly("badjson.onnx.json");
                });
        assertThatExceptionOfType(VoiceUnavailable.class)
                .isThrownBy(() -> piper(folder).speak("Hello.", "piper:gone", target))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("cut.voice.error.unknown"));
        assertThat(target).doesNotExist();
    }

    /** Bytes that start like an ONNX model (field 1, ir_version) and are otherwise zeros. */
    private static byte[] model(int size) {
        var bytes = new byte[size];
        bytes[0] = 0x08;
        bytes[1] = 0x07;
        return bytes;
    }
}
