package org.filmfactory.account;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-up and sign-in rules.
 *
 * @param selfSignUp whether anyone may create an account (invitations still need an account, so a closed studio
 *     creates accounts for its people some other way)
 * @param maxFailuresPerAccount failed sign-ins within {@code failureWindow} before the account is locked
 * @param maxFailuresPerAddress failed sign-ins from one network address within the window before it is locked
 * @param failureWindow how long a failure counts
 * @param lockout how long a lock lasts
 */
@ConfigurationProperties("filmfactory.account")
@Validated
public record AccountSettings(
        @DefaultValue("true") boolean selfSignUp,
        @DefaultValue("5") @Min(1) int maxFailuresPerAccount,
        @DefaultValue("30") @Min(1) int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockout) {
}
