package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One AI backend's settings in one project, with its API key opened for the call. Never logged: {@link #toString()}
 * hides the key.
 *
 * @param baseUrl the provider's address without the API path, e.g. {@code https://api.openai.com}
 * @param model the provider's model name; may be empty when the provider needs none (ComfyUI)
 * @param apiKey null when none is set
 * @param options backend-specific text: the ComfyUI workflow JSON, or empty
 * @param costPerImage what one picture costs, in the project's currency
 * @param costPerSecond what one second of video costs, in the project's currency
 */
public record BackendConfig(String backendId, URI baseUrl, String model, @Nullable String apiKey, String options,
        BigDecimal costPerImage, BigDecimal costPerSecond) {

    /** The estimated cost of one generation: a picture, or {@code videoLength} of video. */
    public BigDecimal cost(int images, Duration videoLength) {
        var seconds = BigDecimal.valueOf(videoLength.toMillis()).movePointLeft(3);
        return costPerImage.multiply(BigDecimal.valueOf(images)).add(costPerSecond.multiply(seconds));
    }

    @Override
    public String toString() {
        return "BackendConfig[" + backendId + ", " + baseUrl + ", " + model + ", key "
                + (apiKey == null ? "not set" : "set") + "]";
    }
}
