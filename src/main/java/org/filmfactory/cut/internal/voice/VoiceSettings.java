package org.filmfactory.cut.internal.voice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where better voices than the offline default come from.
 *
 * @param piperFolder a folder of Piper voices ({@code <name>.onnx} beside its {@code <name>.onnx.json}), downloaded by
 *     the owner; none when empty
 * @param apiUrl the base address of an OpenAI-compatible speech API ({@code POST <api-url>/v1/audio/speech}); none
 *     when empty
 * @param apiKey sent as {@code Authorization: Bearer}; empty sends none
 * @param model the API's speech model
 * @param voices the API's voices offered to the cast
 * @param apiTimeout longest wait for one spoken line from the API (connecting included)
 */
@ConfigurationProperties("filmfactory.voice")
@Validated
record VoiceSettings(
        @Nullable String piperFolder,
        @DefaultValue("") @NotNull @Pattern(regexp = "|https?://[^\\s]+", message = "must be an http(s) address")
        String apiUrl,
        @DefaultValue("") @NotNull String apiKey,
        @DefaultValue("tts-1") @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,80}") String model,
        @DefaultValue({"alloy", "echo", "fable", "onyx", "nova", "shimmer"}) @NotNull
        List<@Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String> voices,
        @DefaultValue("60s") @NotNull Duration apiTimeout) {

    boolean apiConfigured() {
        return !apiUrl.isBlank();
    }

    boolean piperConfigured() {
        return piperFolder != null && !piperFolder.isBlank();
    }
}
