package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;

/** New settings for one AI backend; the key only changes as {@link KeyChange} says. */
public record BackendChange(String backendId, String baseUrl, String model, KeyChange key, String options,
        BigDecimal costPerImage, BigDecimal costPerSecond) {
}
