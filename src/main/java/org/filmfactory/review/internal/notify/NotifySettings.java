package org.filmfactory.review.internal.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification e-mail timing.
 *
 * @param mailDelay how long a person's e-mail collects items after the first one before it goes out as one letter
 *     (also how long a failed letter waits before it is tried again)
 * @param mailSweep how often each node looks for letters that are due
 */
@ConfigurationProperties("filmfactory.notify")
@Validated
record NotifySettings(@DefaultValue("2m") Duration mailDelay, @DefaultValue("10s") Duration mailSweep) {
}
