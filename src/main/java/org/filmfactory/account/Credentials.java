package org.filmfactory.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.filmfactory.account.internal.Account;
import org.filmfactory.account.internal.AccountMailer;
import org.filmfactory.account.internal.Accounts;
import org.filmfactory.account.internal.LoginThrottle;
import org.filmfactory.account.internal.PasswordReset;
import org.filmfactory.account.internal.PasswordResets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's sign-in e-mail and password: changing them (always with the current password, so an unattended open
 * session cannot take the account over) and resetting a forgotten password by a link sent to the mailbox, when the
 * studio has SMTP.
 *
 * <p>A reset link carries 256 random bits; only their SHA-256 is stored. It works once, for
 * {@code filmfactory.account.reset-link-lifetime}, and a newer link or a finished reset closes the older ones. Asking
 * for a link answers the same whether or not the address has an account (the view says "if an account exists"), and
 * the mail leaves in the background so the time taken does not tell either.
 */
@Service
public class Credentials {

    private static final Logger log = LoggerFactory.getLogger(Credentials.class);
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final int TOKEN_BYTES = 32;
    static final String RESET_PATH = "reset-password/";

    private final Accounts accounts;
    private final PasswordResets resets;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final AccountMailer mailer;
    private final AccountSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Credentials(Accounts accounts, PasswordResets resets, PasswordEncoder passwords, CurrentUser currentUser,
            LoginThrottle throttle, AccountMailer mailer, AccountSettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.mailer = mailer;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signed-in person replaces their password. Refused ({@link SignUpRefused}, field {@code currentPassword})
     * when {@code current} is wrong — which counts as a failed sign-in — or when the new one is out of bounds
     * (field {@code password}); nothing changes then. Every session signed in as this person, on every node, ends —
     * all but {@code keptSession}, the HTTP session that asked (null: none is kept).
     */
    @Transactional
    public void changePassword(String current, String replacement, @org.jspecify.annotations.Nullable String keptSession) {
        var account = meCheckedBy(current);
        Registration.checkPassword(replacement);
        account.changePassword(passwords.encode(replacement));
        events.publishEvent(new PasswordChanged(new UserId(account.id()), keptSession));
    }

    /** {@link #changePassword(String, String, String)} keeping no session. */
    @Transactional
    public void changePassword(String current, String replacement) {
        changePassword(current, replacement, null);
    }

    /**
     * The signed-in person signs in with another e-mail from now on. Needs the current password (as
     * {@link #changePassword}); the new address must be valid and free (field {@code email}). With SMTP the old
     * address is told, so a person whose session was used behind their back learns of it.
     */
    @Transactional
    public UserProfile changeEmail(String currentPassword, String newEmail) {
        var account = meCheckedBy(currentPassword);
        var email = Registration.normalizeEmail(newEmail);
        Registration.checkEmail(email);
        var old = account.email();
        if (email.equals(old)) {
            return UserDirectory.toProfile(account);
        }
        if (accounts.existsByEmail(email)) {
            throw new SignUpRefused("email", "account.error.email-taken");
        }
        account.changeEmail(email);
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raced) {
            throw new SignUpRefused("email", "account.error.email-taken");
        }
        events.publishEvent(new ProfileChanged(new UserId(account.id())));
        UserDirectory.carryIntoSession(account);
        mailer.sendLater(old, Locale.forLanguageTag(account.locale()), "account.mail.email-changed", email);
        return UserDirectory.toProfile(account);
    }

    private Account meCheckedBy(String password) {
        var me = currentUser.require();
        // The throttle's "address" for a check made inside a session is the account itself: guesses through the
        // profile page are held back like guesses at the sign-in page.
        var where = "profile:" + me.id();
        if (throttle.isLocked(me.email(), where)) {
            throw new SignUpRefused("currentPassword", "account.error.too-many-attempts");
        }
        var account = accounts.findById(me.id().value()).orElseThrow(UnknownUser::new);
        if (!account.hasPassword(password, passwords)) {
            throttle.recordFailure(me.email(), where);
            throw new SignUpRefused("currentPassword", "account.error.password-wrong");
        }
        return account;
    }

    /** Whether a forgotten password can be reset by e-mail here (SMTP configured). */
    public boolean resetByMailAvailable() {
        return mailer.available();
    }

    /**
     * Sends a reset link to {@code email} if it names an account and the last link to it is older than
     * {@code filmfactory.account.reset-mail-interval}. Returns nothing and throws nothing either way: the caller must
     * not learn whether the account exists.
     */
    @Transactional
    public void requestReset(String email) {
        if (!mailer.available()) {
            return;
        }
        var account = accounts.findByEmail(Registration.normalizeEmail(email)).orElse(null);
        if (account == null) {
            log.info("Password reset asked for an address without an account");
            return;
        }
        var now = clock.instant();
        if (resets.existsByUserIdAndCreatedAtAfter(account.id(), now.minus(settings.resetMailInterval()))) {
            log.info("Password reset asked again too soon; no new mail");
            return;
        }
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        resets.closeAll(account.id(), now);
        resets.save(new PasswordReset(hash(token), account.id(), now, now.plus(settings.resetLinkLifetime())));
        var link = settings.publicUrl().resolve(RESET_PATH + token).toString();
        mailer.sendLater(account.email(), Locale.forLanguageTag(account.locale()), "account.mail.reset",
                account.displayName(), link, settings.resetLinkLifetime().toMinutes());
    }

    /** Whether {@code token} is an open, unexpired reset link, so the page can say so before anything is typed. */
    @Transactional(readOnly = true)
    public boolean resetLinkWorks(String token) {
        return TOKEN.matcher(token).matches()
                && resets.findById(hash(token)).map(r -> r.usableAt(clock.instant())).orElse(false);
    }

    /**
     * Sets a new password through a reset link and uses the link up. The new password is checked first, so a
     * refused one (field {@code password}) leaves the link working; a used, expired or unknown link is refused with
     * {@code account.error.reset-link-invalid} (field empty). Lifts every sign-in block on the account: holding its
     * mailbox proves enough.
     */
    @Transactional
    public void resetPassword(String token, String replacement) {
        Registration.checkPassword(replacement);
        var now = clock.instant();
        if (!TOKEN.matcher(token).matches() || resets.redeem(hash(token), now) != 1) {
            throw new SignUpRefused("", "account.error.reset-link-invalid");
        }
        var reset = resets.findById(hash(token)).orElseThrow();
        var account = accounts.findById(reset.userId()).orElseThrow(UnknownUser::new);
        account.changePassword(passwords.encode(replacement));
        accounts.save(account);
        resets.closeAll(account.id(), now);
        events.publishEvent(new PasswordChanged(new UserId(account.id()), null));
        throttle.release(account.email());
    }

    private static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
