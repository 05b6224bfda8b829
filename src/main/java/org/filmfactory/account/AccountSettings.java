package org.filmfactory.account;

import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-up, sign-in and password-reset rules.
 *
 * <p>Sign-in throttling (issue 10): failures count per account, per network address and per account-and-address
 * pair; {@code maxFailuresPerAccount} (or {@code maxFailuresPerAddress}) failures, each within
 * {@code failureWindow} of the one before, block for {@code lockout}; each further block in a row doubles, up to
 * {@code maxLockout}, and a quiet {@code failureWindow} after a block forgets it. Every block ends by itself. An
 * address the person signed in from within {@code knownAddressMemory} is not held by their account's block nor by the
 * address's block, only by the block of that pair — so someone elsewhere cannot keep a colleague out; a password reset
 * by e-mail lifts the account's blocks at once.
 *
 * @param selfSignUp whether anyone may create an account (invitations still need an account, so a closed studio
 *     creates accounts for its people some other way)
 * @param maxFailuresPerAccount failed sign-ins before the account (and the account at one address) is blocked
 * @param maxFailuresPerAddress failed sign-ins from one network address, whatever the account, before it is blocked
 * @param failureWindow how long a failure counts when no other follows
 * @param lockout how long the first block lasts
 * @param maxLockout the longest a block lasts, however often it is repeated
 * @param knownAddressMemory how long an address a person signed in from counts as theirs
 * @param resetLinkLifetime how long a password-reset link works (once)
 * @param resetMailInterval the least time between two reset e-mails to one account, so nobody floods a mailbox
 * @param publicUrl the address people reach the studio at, for links in e-mails (never taken from a request)
 * @param mailFrom sender of account e-mails
 */
@ConfigurationProperties("filmfactory.account")
@Validated
public record AccountSettings(
        @DefaultValue("true") boolean selfSignUp,
        @DefaultValue("5") @Min(1) int maxFailuresPerAccount,
        @DefaultValue("30") @Min(1) int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("1m") Duration lockout,
        @DefaultValue("15m") Duration maxLockout,
        @DefaultValue("30d") Duration knownAddressMemory,
        @DefaultValue("1h") Duration resetLinkLifetime,
        @DefaultValue("1m") Duration resetMailInterval,
        @DefaultValue("http://localhost:8080/") URI publicUrl,
        @DefaultValue("Film Factory <film-factory@localhost>") String mailFrom) {
}
