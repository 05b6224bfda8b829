package org.filmfactory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.FreePorts;
import org.filmfactory.testsupport.StudioClock;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;

/**
 * Changing the password and the sign-in e-mail, and resetting a forgotten password through a real SMTP server
 * (GreenMail, fresh for each test): the link works once and only until it expires, only its hash is stored, an
 * unknown address gets no mail and no different answer, and a reset lifts the account's sign-in block.
 */
@StudioTest
@Import({StudioClock.Setup.class, CredentialsIT.Smtp.class})
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "filmfactory.account.public-url=" + CredentialsIT.PUBLIC_URL})
class CredentialsIT {

    static final int SMTP_PORT = FreePorts.next();
    static final String PUBLIC_URL = "https://films.example.org/studio/";
    private static final String NEW_PASSWORD = "a brand new secret";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "reset-password/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    ApplicationContext context;
    @Autowired
    Credentials credentials;
    @Autowired
    AuthenticationProvider provider;
    @Autowired
    StudioClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        Actors.signOut();
        clock.reset();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        var person = Actors.create(context, "Carla Change").signIn();

        var refusal = catchThrowable(() -> credentials.changePassword("not my password", NEW_PASSWORD));

        assertRefused(refusal, "currentPassword", "account.error.password-wrong");
        assertSignsIn(person.email(), Actors.PASSWORD);
        assertThat(catchThrowable(() -> signIn(person.email(), NEW_PASSWORD))).isInstanceOf(BadCredentialsException.class);

        person.signIn();
        credentials.changePassword(Actors.PASSWORD, NEW_PASSWORD);

        assertSignsIn(person.email(), NEW_PASSWORD);
        assertThat(catchThrowable(() -> signIn(person.email(), Actors.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aTooShortNewPasswordChangesNothing() {
        var person = Actors.create(context, "Sid Short").signIn();

        assertRefused(catchThrowable(() -> credentials.changePassword(Actors.PASSWORD, "short")),
                "password", "account.error.password-short");
        assertSignsIn(person.email(), Actors.PASSWORD);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeSigningIn() {
        Actors.create(context, "Gus Guess").signIn();
        for (int i = 0; i < 5; i++) {
            var guess = "guess " + i;
            assertRefused(catchThrowable(() -> credentials.changePassword(guess, NEW_PASSWORD)),
                    "currentPassword", "account.error.password-wrong");
        }

        assertRefused(catchThrowable(() -> credentials.changePassword(Actors.PASSWORD, NEW_PASSWORD)),
                "currentPassword", "account.error.too-many-attempts");
    }

    @Test
    void changingTheEmailNeedsThePasswordAFreeAddressAndTellsTheOldOne() throws Exception {
        var person = Actors.create(context, "Eve Email").signIn();
        var other = Actors.create(context, "Ozzie Other");
        person.signIn();
        var newEmail = "eve-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        assertRefused(catchThrowable(() -> credentials.changeEmail("wrong", newEmail)),
                "currentPassword", "account.error.password-wrong");
        assertRefused(catchThrowable(() -> credentials.changeEmail(Actors.PASSWORD, other.email().toUpperCase(Locale.ROOT))),
                "email", "account.error.email-taken");
        assertRefused(catchThrowable(() -> credentials.changeEmail(Actors.PASSWORD, "no-at-sign")),
                "email", "account.error.email-invalid");
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        var changed = credentials.changeEmail(Actors.PASSWORD, " " + newEmail.toUpperCase(Locale.ROOT) + " ");

        assertThat(changed).isEqualTo(new UserProfile(person.id(), newEmail, "Eve Email", Locale.ENGLISH));
        assertThat(context.getBean(CurrentUser.class).require().email()).isEqualTo(newEmail);
        assertSignsIn(newEmail, Actors.PASSWORD);
        assertThat(catchThrowable(() -> signIn(person.email(), Actors.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        var notice = onlyMessage();
        assertThat(to(notice)).isEqualTo(person.email());
        assertThat(notice.getSubject()).isEqualTo("Your Film Factory sign-in e-mail was changed");
        assertThat((String) notice.getContent()).contains("was changed to " + newEmail + ".");
    }

    @Test
    void resetLinkFromTheMailSetsANewPasswordOnce() throws Exception {
        var person = Actors.create(context, "Rosa Reset");

        credentials.requestReset(person.email().toUpperCase(Locale.ROOT));

        var mail = onlyMessage();
        assertThat(to(mail)).isEqualTo(person.email());
        assertThat(mail.getSubject()).isEqualTo("Choose a new Film Factory password");
        var body = (String) mail.getContent();
        assertThat(body).startsWith("Hello Rosa Reset,").contains("within 60 minutes");
        var token = onlyToken(body);
        assertThat(jdbc.queryForList("select token_hash from account_password_reset where user_id = ?", String.class,
                person.id().value())).hasSize(1).noneMatch(stored -> stored.contains(token));
        assertThat(credentials.resetLinkWorks(token)).isTrue();

        assertRefused(catchThrowable(() -> credentials.resetPassword(token, "short")),
                "password", "account.error.password-short");
        credentials.resetPassword(token, NEW_PASSWORD);

        assertSignsIn(person.email(), NEW_PASSWORD);
        assertThat(credentials.resetLinkWorks(token)).isFalse();
        assertRefused(catchThrowable(() -> credentials.resetPassword(token, "yet another secret")),
                "", "account.error.reset-link-invalid");
        assertSignsIn(person.email(), NEW_PASSWORD);
    }

    @Test
    void resetLinkExpires() throws Exception {
        var person = Actors.create(context, "Ed Expired");
        credentials.requestReset(person.email());
        var token = onlyToken((String) onlyMessage().getContent());

        clock.advance(Duration.ofMinutes(60).plusSeconds(1));

        assertThat(credentials.resetLinkWorks(token)).isFalse();
        assertRefused(catchThrowable(() -> credentials.resetPassword(token, NEW_PASSWORD)),
                "", "account.error.reset-link-invalid");
        assertSignsIn(person.email(), Actors.PASSWORD);
    }

    @Test
    void aNewerLinkClosesTheOlderOneAndLinksAreNotSentFasterThanOneAMinute() throws Exception {
        var person = Actors.create(context, "Nina Newer");
        credentials.requestReset(person.email());
        var first = onlyToken((String) onlyMessage().getContent());
        credentials.requestReset(person.email());
        assertThat(jdbc.queryForObject("select count(*) from account_password_reset where user_id = ?",
                Integer.class, person.id().value())).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        credentials.requestReset(person.email());

        MAIL.waitForIncomingEmail(10_000, 2);
        var second = onlyToken((String) MAIL.getReceivedMessages()[1].getContent());
        assertThat(second).isNotEqualTo(first);
        assertThat(credentials.resetLinkWorks(first)).isFalse();
        assertRefused(catchThrowable(() -> credentials.resetPassword(first, NEW_PASSWORD)),
                "", "account.error.reset-link-invalid");
        credentials.resetPassword(second, NEW_PASSWORD);
        assertSignsIn(person.email(), NEW_PASSWORD);
    }

    @Test
    void unknownAddressGetsNoMailAndTheSameSilence() throws Exception {
        var before = jdbc.queryForObject("select count(*) from account_password_reset", Integer.class);

        credentials.requestReset("nobody-" + UUID.randomUUID() + "@example.com");

        assertThat(MAIL.waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from account_password_reset", Integer.class)).isEqualTo(before);
    }

    @Test
    void malformedOrMadeUpLinksAreRefused() {
        var madeUp = "A".repeat(43);
        assertThat(credentials.resetLinkWorks(madeUp)).isFalse();
        assertThat(credentials.resetLinkWorks("../../etc")).isFalse();
        assertRefused(catchThrowable(() -> credentials.resetPassword(madeUp, NEW_PASSWORD)),
                "", "account.error.reset-link-invalid");
    }

    @Test
    void resetLiftsTheAccountsSignInBlock() throws Exception {
        var person = Actors.create(context, "Barb Blocked");
        for (int i = 0; i < 5; i++) {
            assertThat(catchThrowable(() -> signIn(person.email(), "wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        ThrowingCallable rightPassword = () -> signIn(person.email(), Actors.PASSWORD);
        assertThat(catchThrowable(rightPassword)).isInstanceOf(BadCredentialsException.class);

        credentials.requestReset(person.email());
        credentials.resetPassword(onlyToken((String) onlyMessage().getContent()), NEW_PASSWORD);

        assertSignsIn(person.email(), NEW_PASSWORD);
    }

    private static void assertRefused(Throwable refusal, String field, String key) {
        assertThat(refusal).isExactlyInstanceOf(SignUpRefused.class);
        var refused = (SignUpRefused) refusal;
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.messageKey()).isEqualTo(key);
    }

    private void assertSignsIn(String email, String password) {
        assertThat(signIn(email, password).isAuthenticated()).isTrue();
    }

    private Authentication signIn(String email, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails("10.9.0." + (email.hashCode() & 0x7f), null));
        return provider.authenticate(attempt);
    }

    private static MimeMessage onlyMessage() {
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        var messages = MAIL.getReceivedMessages();
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static String to(MimeMessage mail) throws Exception {
        var recipients = mail.getRecipients(RecipientType.TO);
        assertThat(recipients).hasSize(1);
        return ((InternetAddress) recipients[0]).getAddress();
    }

    private static String onlyToken(String body) {
        var tokens = LINK.matcher(body).results().map(m -> m.group(1)).toList();
        assertThat(tokens).hasSize(1);
        return tokens.getFirst();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Smtp {

        @Bean
        static DynamicPropertyRegistrar accountSmtpPort() {
            return registry -> registry.add("spring.mail.port", () -> SMTP_PORT);
        }
    }
}
