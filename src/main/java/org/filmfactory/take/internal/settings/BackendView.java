package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One AI backend's settings as the owner sees them. The API key is never part of it: only whether one is set and,
 * for keys longer than eight characters, its last four characters.
 */
public record BackendView(String backendId, String baseUrl, String model, boolean keySet, @Nullable String keyHint,
        String options, BigDecimal costPerImage, BigDecimal costPerSecond) {
}
