package org.filmfactory.project.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo studio made on first start of an empty database.
 *
 * @param enabled on by default for the embedded quick start; off by default with the {@code postgres} profile
 * @param password the password of every demo account
 */
@ConfigurationProperties("filmfactory.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("filmfactory") String password) {
}
