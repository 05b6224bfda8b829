package org.filmfactory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioClock;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in through the studio's authentication provider, as the login form reaches it: five wrong passwords lock an
 * account, a few failures from one address lock that address, locks end by themselves and grow when repeated up to
 * a cap, a person keeps signing in from where they usually do while someone elsewhere hammers their account, and
 * every refusal reads the same. Time moves on the studio's clock, not by waiting. Each test uses its own accounts
 * and network addresses, so counters from other tests never meet it.
 */
@StudioTest
@Import(StudioClock.Setup.class)
@TestPropertySource(properties = "filmfactory.account.max-failures-per-address=3")
class LoginThrottleIT {

    private static final int MAX_FAILURES_PER_ACCOUNT = 5;
    private static final int MAX_FAILURES_PER_ADDRESS = 3;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final Duration A_SECOND = Duration.ofSeconds(1);
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    AuthenticationProvider provider;
    @Autowired
    StudioClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void rightPasswordSignsIn() {
        var person = Actors.create(context, "Rita Right");

        var result = signIn(person.email(), Actors.PASSWORD, newAddress());

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo(person.email());
    }

    @Test
    void emailIsMatchedWhateverItsCase() {
        var person = Actors.create(context, "Cora Case");

        var result = signIn(person.email().toUpperCase(Locale.ROOT), Actors.PASSWORD, newAddress());

        assertThat(result.getName()).isEqualTo(person.email());
    }

    @Test
    void fewerThanFiveWrongPasswordsDoNotLockTheAccount() {
        var person = Actors.create(context, "Fay Fumble");
        failWrongPasswords(person, MAX_FAILURES_PER_ACCOUNT - 1);

        assertThat(signIn(person.email(), Actors.PASSWORD, newAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        var person = Actors.create(context, "Lou Locked");
        failWrongPasswords(person, MAX_FAILURES_PER_ACCOUNT);

        var refusal = catchThrowable(() -> signIn(person.email(), Actors.PASSWORD, newAddress()));

        assertThat(refusal).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void refusalReadsTheSameForUnknownEmailWrongPasswordAndLock() {
        var person = Actors.create(context, "Sam Same");
        var locked = Actors.create(context, "Lou Locked");
        failWrongPasswords(locked, MAX_FAILURES_PER_ACCOUNT);

        var unknown = catchThrowable(() -> signIn(unknownEmail(), Actors.PASSWORD, newAddress()));
        var wrong = catchThrowable(() -> signIn(person.email(), "not the password", newAddress()));
        var lock = catchThrowable(() -> signIn(locked.email(), Actors.PASSWORD, newAddress()));

        assertThat(unknown).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(wrong).isExactlyInstanceOf(BadCredentialsException.class).hasMessage(unknown.getMessage());
        assertThat(lock).isExactlyInstanceOf(BadCredentialsException.class).hasMessage(unknown.getMessage());
    }

    @Test
    void manyUnknownEmailsFromOneAddressLockThatAddressOnly() {
        var person = Actors.create(context, "Ada Address");
        var guesser = newAddress();
        for (int i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
            assertThat(catchThrowable(() -> signIn(unknownEmail(), "guess", guesser)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(catchThrowable(() -> signIn(person.email(), Actors.PASSWORD, guesser)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(person.email(), Actors.PASSWORD, newAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void lockEndsByItselfAfterTheFirstLockout() {
        var person = Actors.create(context, "Pat Patient");
        failWrongPasswords(person, MAX_FAILURES_PER_ACCOUNT);
        var address = newAddress();
        clock.advance(FIRST_LOCK.minus(A_SECOND));
        assertRefused(person, address);

        clock.advance(A_SECOND.multipliedBy(2));

        assertThat(signIn(person.email(), Actors.PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void repeatedLocksDoubleUpToTheCapAndEveryOneEnds() {
        var person = Actors.create(context, "Greg Growing");
        var expected = new Duration[] {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), LONGEST_LOCK, LONGEST_LOCK};
        for (var lock : expected) {
            failWrongPasswords(person, MAX_FAILURES_PER_ACCOUNT);
            clock.advance(lock.minus(A_SECOND));
            assertRefused(person, newAddress());
            clock.advance(A_SECOND.multipliedBy(2));
        }
        assertThat(signIn(person.email(), Actors.PASSWORD, newAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void failuresFurtherApartThanTheWindowNeverLock() {
        var person = Actors.create(context, "Wanda Window");
        for (int i = 0; i < 3; i++) {
            failWrongPasswords(person, MAX_FAILURES_PER_ACCOUNT - 1);
            clock.advance(Duration.ofMinutes(16));
        }

        assertThat(signIn(person.email(), Actors.PASSWORD, newAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void someoneElsewhereCannotKeepAPersonOutOfTheAddressTheyUsuallySignInFrom() {
        var person = Actors.create(context, "Kim Known");
        var office = newAddress();
        assertThat(signIn(person.email(), Actors.PASSWORD, office).isAuthenticated()).isTrue();

        for (int round = 0; round < 4; round++) {
            failWrongPasswords(person, MAX_FAILURES_PER_ACCOUNT * 3);
            assertRefused(person, newAddress());
            assertThat(signIn(person.email(), Actors.PASSWORD, office).isAuthenticated()).isTrue();
            clock.advance(Duration.ofMinutes(3));
        }
    }

    @Test
    void wrongPasswordsFromTheUsualAddressStillLockThatAccountThere() {
        var person = Actors.create(context, "Nat Nearby");
        var office = newAddress();
        assertThat(signIn(person.email(), Actors.PASSWORD, office).isAuthenticated()).isTrue();
        for (int i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThat(catchThrowable(() -> signIn(person.email(), "wrong password", office)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertRefused(person, office);
        clock.advance(FIRST_LOCK.plus(A_SECOND));
        assertThat(signIn(person.email(), Actors.PASSWORD, office).isAuthenticated()).isTrue();
    }

    private void assertRefused(Actor person, String address) {
        assertThat(catchThrowable(() -> signIn(person.email(), Actors.PASSWORD, address)))
                .isExactlyInstanceOf(BadCredentialsException.class).hasMessage("Sign-in refused");
    }

    /** Wrong passwords for {@code person}, each from another address so only the account counter fills up. */
    private void failWrongPasswords(Actor person, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(catchThrowable(() -> signIn(person.email(), "wrong password", newAddress())))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication signIn(String email, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(attempt);
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.0." + (n / 250) + "." + (n % 250 + 1);
    }

    private static String unknownEmail() {
        return "nobody-" + UUID.randomUUID() + "@example.com";
    }
}
