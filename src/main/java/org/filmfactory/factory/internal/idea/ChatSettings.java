package org.filmfactory.factory.internal.idea;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The chat backend that writes screenplays from ideas: any OpenAI-compatible {@code /chat/completions} endpoint (a
 * provider, or a local llama.cpp or Ollama server). Nothing is sent anywhere until {@code base-url} is set.
 *
 * @param baseUrl the API's address up to and without {@code /chat/completions}, e.g. {@code
 *     https://api.openai.com/v1} or {@code http://127.0.0.1:11434/v1}; empty: no backend
 * @param apiKey sent as a bearer token; empty: none (local servers)
 * @param model the model name the provider knows; empty: none sent (a server with one model)
 * @param timeout for the whole answer
 * @param connectTimeout to open the connection
 * @param maxTokens the longest answer asked for, in tokens
 * @param temperature the sampling temperature, 0 to 2
 * @param pricePerThousandInputTokens what 1 000 prompt tokens cost, in the project budget's currency
 * @param pricePerThousandOutputTokens what 1 000 answer tokens cost, in the project budget's currency
 * @param maxReplySize the largest reply accepted
 */
@ConfigurationProperties("filmfactory.factory.chat")
@Validated
public record ChatSettings(
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue("") String model,
        @DefaultValue("180s") Duration timeout,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("4096") int maxTokens,
        @DefaultValue("0.8") double temperature,
        @DefaultValue("0") BigDecimal pricePerThousandInputTokens,
        @DefaultValue("0") BigDecimal pricePerThousandOutputTokens,
        @DefaultValue("2MB") DataSize maxReplySize) {

    public ChatSettings {
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        apiKey = apiKey.strip();
        model = model.strip();
        if (maxTokens < 256) {
            throw new IllegalArgumentException("filmfactory.factory.chat.max-tokens must be at least 256");
        }
        if (temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("filmfactory.factory.chat.temperature must be between 0 and 2");
        }
        if (pricePerThousandInputTokens.signum() < 0 || pricePerThousandOutputTokens.signum() < 0) {
            throw new IllegalArgumentException("filmfactory.factory.chat prices are never negative");
        }
    }

    /** Whether a backend is configured at all. */
    public boolean configured() {
        return !baseUrl.isEmpty();
    }

    /** What a call with these token counts costs. */
    public BigDecimal cost(long promptTokens, long completionTokens) {
        return pricePerThousandInputTokens.multiply(BigDecimal.valueOf(promptTokens))
                .add(pricePerThousandOutputTokens.multiply(BigDecimal.valueOf(completionTokens)))
                .movePointLeft(3).setScale(4, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return "ChatSettings[" + baseUrl + ", " + model + ", key " + (apiKey.isEmpty() ? "not set" : "set") + "]";
    }
}
