package org.filmfactory.account.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sign-in cookie.
 *
 * @param lifetime how long a sign-in lasts without signing in again, on any node
 */
@ConfigurationProperties("filmfactory.account.sign-in")
@Validated
record RememberedSignInSettings(@DefaultValue("14d") Duration lifetime) {
}
