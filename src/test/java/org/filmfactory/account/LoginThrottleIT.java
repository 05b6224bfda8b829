package org.filmfactory.account;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in through the studio's authentication provider, as the login form reaches it: five wrong passwords lock an
 * account, a few failures from one address lock that address, locks end by themselves, and every refusal reads
 * the same. Each test uses its own network addresses, so counters from other tests never meet it.
 */
@StudioTest
@TestPropertySource(properties = {
        "filmfactory.account.max-failures-per-address=3",
        "filmfactory.account.lockout=3s"})
class LoginThrottleIT {

    private static final int MAX_FAILURES_PER_ACCOUNT = 5;
    private static final int MAX_FAILURES_PER_ADDRESS = 3;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    AuthenticationProvider provider;

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
    void lockEndsByItselfAfterTheLockout() {
        var person = Actors.create(context, "Pat Patient");
        failWrongPasswords(person, MAX_FAILURES_PER_ACCOUNT);
        var address = newAddress();
        assertThat(catchThrowable(() -> signIn(person.email(), Actors.PASSWORD, address)))
                .isInstanceOf(BadCredentialsException.class);

        await().atMost(ofSeconds(15)).pollInterval(ofSeconds(1)).ignoreException(BadCredentialsException.class)
                .until(() -> signIn(person.email(), Actors.PASSWORD, address).isAuthenticated());
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
