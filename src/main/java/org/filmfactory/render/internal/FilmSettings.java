package org.filmfactory.render.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The films a studio keeps ({@code filmfactory.render.*}; the engine's own settings share the prefix).
 *
 * @param keepFilms films kept per project: when a new one is stored, older ones beyond this are removed with their
 *     media
 * @param segmentSeconds how long each video segment of a film is: the unit of reuse after a change and of resuming
 *     after a node died
 * @param workers renders one node runs at once (each encodes on every core it gets); within the work queue's
 *     heavy slots ({@code filmfactory.work.heavy-per-node}), which bound encoding of every kind together
 */
@ConfigurationProperties("filmfactory.render")
@Validated
record FilmSettings(@DefaultValue("5") @Min(1) @Max(100) int keepFilms,
        @DefaultValue("4") @Min(1) @Max(60) int segmentSeconds,
        @DefaultValue("1") @Min(1) @Max(64) int workers) {
}
