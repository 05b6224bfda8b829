package org.filmfactory.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.filmfactory.account.internal.Account;
import org.filmfactory.account.internal.Accounts;
import org.filmfactory.platform.Translations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts: by the person themself (when {@code filmfactory.account.self-sign-up} allows) or by the studio. */
@Service
public class Registration {

    static final int MIN_PASSWORD = 8;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_NAME = 80;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final AccountSettings settings;
    private final Clock clock;

    Registration(Accounts accounts, PasswordEncoder passwords, AccountSettings settings, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean selfSignUpOpen() {
        return settings.selfSignUp();
    }

    /** A person signs up themself; refused when self-sign-up is off. */
    @Transactional
    public UserId signUp(NewAccount request) {
        if (!settings.selfSignUp()) {
            throw new SignUpRefused("", "account.error.sign-up-closed");
        }
        return create(request);
    }

    /** The studio creates an account (demo data, administrators); not subject to the sign-up switch. */
    @Transactional
    public UserId create(NewAccount request) {
        var email = normalizeEmail(request.email());
        var name = request.displayName().strip();
        check(email, name, request.password());
        if (accounts.existsByEmail(email)) {
            throw new SignUpRefused("email", "account.error.email-taken");
        }
        var account = new Account(UserId.random().value(), email, name, passwords.encode(request.password()),
                Translations.supported(request.locale()).toLanguageTag(), clock.instant());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raced) {
            // Someone signed up with the same e-mail a moment ago, between the check above and this insert.
            throw new SignUpRefused("email", "account.error.email-taken");
        }
        return new UserId(account.id());
    }

    private static void check(String email, String name, String password) {
        checkEmail(email);
        checkName(name);
        checkPassword(password);
    }

    /** A new password: at least {@value #MIN_PASSWORD} characters, at most {@value #MAX_PASSWORD_BYTES} bytes. */
    static void checkPassword(String password) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new SignUpRefused("password", "account.error.password-short", MIN_PASSWORD);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new SignUpRefused("password", "account.error.password-long", MAX_PASSWORD_BYTES);
        }
    }

    /** A sign-in e-mail, already normalized: not empty, at most {@value #MAX_EMAIL} characters, one {@code @}. */
    static void checkEmail(String email) {
        if (email.isEmpty() || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new SignUpRefused("email", "account.error.email-invalid");
        }
    }

    /** A display name: not blank, at most {@value #MAX_NAME} characters, no control characters. */
    static void checkName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new SignUpRefused("displayName", "account.error.name-invalid", MAX_NAME);
        }
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
