package org.filmfactory.factory.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * "Make film" on this node.
 *
 * @param breakdownWait how long a run waits for the breakdown to catch up with the script before it fails
 * @param poll how often a run looks at the render it waits for, and whether it must stop
 * @param recheck longest time a run waiting for its takes goes without reading the storyboard again (it reads it when
 *     one of the project's generations ends)
 * @param publishInterval least time between two live updates of a run's figures (stage changes go at once)
 * @param takesWait how long a run waits for the takes it asked for before it fails
 * @param renderWait how long a run waits for its render before it fails
 */
@ConfigurationProperties("filmfactory.factory.make")
@Validated
record MakeSettings(
        @DefaultValue("60s") Duration breakdownWait,
        @DefaultValue("250ms") Duration poll,
        @DefaultValue("5s") Duration recheck,
        @DefaultValue("300ms") Duration publishInterval,
        @DefaultValue("60m") Duration takesWait,
        @DefaultValue("60m") Duration renderWait) {
}
