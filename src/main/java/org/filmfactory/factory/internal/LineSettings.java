package org.filmfactory.factory.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The production line.
 *
 * @param tick how often each node's keeper looks at the unfinished films ({@code filmfactory.factory.line.tick})
 * @param running how many of the line's runs run at once in the whole cluster; 0: per member, one fewer than its
 *     work-queue workers (at least one)
 * @param maxFilms the most films (sources × presets) one batch may ask for
 */
@ConfigurationProperties("filmfactory.factory.line")
@Validated
record LineSettings(
        @DefaultValue("1s") Duration tick,
        @DefaultValue("0") int running,
        @DefaultValue("500") int maxFilms) {
}
