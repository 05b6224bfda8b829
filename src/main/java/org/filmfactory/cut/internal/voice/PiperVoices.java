package org.filmfactory.cut.internal.voice;

import io.github.givimad.piperjni.PiperJNI;
import io.github.givimad.piperjni.PiperVoice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.filmfactory.cut.VoiceOption;
import org.filmfactory.cut.VoiceUnavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Piper neural voices from the folder {@code filmfactory.voice.piper-folder}: every {@code <name>.onnx} with its
 * {@code <name>.onnx.json} beside it, spoken through piper-jni (ONNX Runtime and espeak-ng phonemes, in this process).
 * The folder is read when asked, so voices added or removed there show without a restart. Before a model is handed
 * to the native runtime its configuration must parse and the file must look like an ONNX model; a broken voice is
 * refused with {@link VoiceUnavailable} naming the file, never loaded.
 */
@Component
class PiperVoices {

    static final String ENGINE = "piper";
    private static final Logger LOG = LoggerFactory.getLogger(PiperVoices.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    /** ONNX files are protocol buffers of a ModelProto whose first field is {@code ir_version} (tag 0x08). */
    private static final int ONNX_FIRST_BYTE = 0x08;
    private static final long MIN_MODEL = 1024;

    /** A voice of the folder. */
    record PiperModel(String name, Path model, Path config, Locale language) {
        String id() {
            return ENGINE + ":" + name;
        }
    }

    private final VoiceSettings settings;
    private final JsonMapper json = JsonMapper.builder().build();

    PiperVoices(VoiceSettings settings) {
        this.settings = settings;
    }

    /** The folder's voices whose name is usable, by name; none without a folder. */
    List<PiperModel> models() {
        if (!settings.piperConfigured()) {
            return List.of();
        }
        var folder = Path.of(settings.piperFolder());
        if (!Files.isDirectory(folder)) {
            LOG.warn("Piper voice folder {} is not a folder", folder);
            return List.of();
        }
        var models = new ArrayList<PiperModel>();
        try (var files = Files.list(folder)) {
            for (var file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                var fileName = file.getFileName().toString();
                if (!fileName.endsWith(".onnx") || !Files.isRegularFile(file)) {
                    continue;
                }
                var name = fileName.substring(0, fileName.length() - ".onnx".length());
                var config = file.resolveSibling(fileName + ".json");
                if (!NAME.matcher(name).matches() || !Files.isRegularFile(config)) {
                    continue;
                }
                models.add(new PiperModel(name, file, config, language(config).orElse(Locale.ROOT)));
            }
        } catch (IOException e) {
            LOG.warn("Piper voice folder {} cannot be read: {}", folder, e.toString());
        }
        return List.copyOf(models);
    }

    List<VoiceOption> options() {
        return models().stream().map(model -> new VoiceOption(model.id(), model.name(), ENGINE, model.language()))
                .toList();
    }

    Optional<PiperModel> model(String voiceId) {
        if (!voiceId.startsWith(ENGINE + ":")) {
            return Optional.empty();
        }
        var name = voiceId.substring(ENGINE.length() + 1);
        return models().stream().filter(model -> model.name().equals(name)).findFirst();
    }

    /**
     * Speaks {@code text} with a voice of the folder into a WAV at {@code target}; how long it lasts.
     *
     * @throws VoiceUnavailable {@code piper-config} or {@code piper-model} (with the file name) for a broken voice,
     *     {@code unknown} for a voice no longer in the folder
     */
    Duration speak(String text, String voiceId, Path target) throws IOException {
        var model = model(voiceId).orElseThrow(() -> new VoiceUnavailable("cut.voice.error.unknown", voiceId));
        var rate = check(model);
        var samples = PiperEngine.PROCESS.speak(model, SpokenText.clean(text));
        Wav.write(samples, rate, target);
        return Wav.duration(samples.length, rate);
    }

    /** The voice's sample rate, once its configuration parses and its model looks like ONNX. */
    int check(PiperModel model) {
        int rate;
        try {
            var config = json.readTree(model.config().toFile());
            rate = config.path("audio").path("sample_rate").asInt(0);
        } catch (JacksonException e) {
            rate = 0;
        }
        if (rate < 8_000 || rate > 96_000) {
            throw new VoiceUnavailable("cut.voice.error.piper-config", model.config().getFileName().toString());
        }
        try (InputStream in = Files.newInputStream(model.model())) {
            if (Files.size(model.model()) < MIN_MODEL || in.read() != ONNX_FIRST_BYTE) {
                throw new VoiceUnavailable("cut.voice.error.piper-model", model.model().getFileName().toString());
            }
        } catch (IOException e) {
            throw new VoiceUnavailable("cut.voice.error.piper-model", model.model().getFileName().toString());
        }
        return rate;
    }

    /** The language a voice's configuration names ({@code language.code} like {@code zh_CN}, else {@code espeak.voice}). */
    private Optional<Locale> language(Path config) {
        try {
            var tree = json.readTree(config.toFile());
            var code = tree.path("language").path("code").asString("");
            if (code.isBlank()) {
                code = tree.path("espeak").path("voice").asString("");
            }
            return code.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(code.replace('_', '-')));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * piper-jni's runtime: one per process like espeak-ng (which it phonemises with), loaded on first use, every
     * call under espeak-ng's lock.
     */
    static final class PiperEngine {

        // One per process because the native runtime is one per process; final, it shares nothing else.
        static final PiperEngine PROCESS = new PiperEngine();

        private @Nullable PiperJNI piper;
        private final Map<Path, PiperVoice> loaded = new HashMap<>();

        short[] speak(PiperModel model, String text) throws IOException {
            synchronized (Espeak.process().lock()) {
                try {
                    var runtime = piper;
                    if (runtime == null) {
                        runtime = new PiperJNI();
                        runtime.initialize(true, false);
                        piper = runtime;
                    }
                    var voice = loaded.get(model.model());
                    if (voice == null) {
                        voice = runtime.loadVoice(model.model(), model.config());
                        loaded.put(model.model(), voice);
                    }
                    return runtime.textToAudio(voice, text);
                } catch (PiperJNI.NotInitialized | IOException | RuntimeException e) {
                    throw new VoiceUnavailable("cut.voice.error.piper-model", model.model().getFileName().toString());
                }
            }
        }
    }
}
