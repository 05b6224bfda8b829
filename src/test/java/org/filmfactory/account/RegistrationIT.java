package org.filmfactory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing up: what is stored, and every field that is refused before anything is. */
@StudioTest
class RegistrationIT {

    private static final String PASSWORD = "a long enough secret";

    @Autowired
    Registration registration;
    @Autowired
    UserDirectory directory;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signUpStoresOnlyABcryptHashOfThePassword() {
        var email = uniqueEmail("hash");

        var id = registration.signUp(new NewAccount(email, "Hana Hash", PASSWORD, Locale.ENGLISH));

        var row = row(email);
        assertThat(row.get("id")).isEqualTo(id.value());
        var hash = (String) row.get("password_hash");
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
        assertThat(passwords.matches(PASSWORD + "!", hash)).isFalse();
    }

    @Test
    void signUpKeepsNameAndSupportedLanguage() {
        var email = uniqueEmail("lang");

        var id = registration.signUp(new NewAccount(email, "  王文 Wang Wen  ", PASSWORD, Locale.TRADITIONAL_CHINESE));

        assertThat(directory.profile(id))
                .isEqualTo(new UserProfile(id, email, "王文 Wang Wen", Locale.SIMPLIFIED_CHINESE));
        assertThat(row(email).get("locale")).isEqualTo("zh-CN");
    }

    @Test
    void emailIsStoredInLowerCase() {
        var local = "Mixed.Case-" + UUID.randomUUID().toString().substring(0, 8);

        var id = registration.signUp(new NewAccount("  " + local + "@Example.COM ", "Max Mixed", PASSWORD,
                Locale.ENGLISH));

        var stored = local.toLowerCase(Locale.ROOT) + "@example.com";
        assertThat(row(stored).get("id")).isEqualTo(id.value());
        assertThat(directory.findByEmail(local + "@EXAMPLE.com")).map(UserProfile::id).contains(id);
    }

    @Test
    void sameEmailInAnotherCaseIsRefused() {
        var email = uniqueEmail("taken");
        registration.signUp(new NewAccount(email, "First Person", PASSWORD, Locale.ENGLISH));
        var before = accountCount();

        assertRefused("email", "account.error.email-taken",
                new NewAccount(email.toUpperCase(Locale.ROOT), "Second Person", PASSWORD, Locale.ENGLISH));

        assertThat(accountCount()).isEqualTo(before);
        assertThat(row(email).get("display_name")).isEqualTo("First Person");
    }

    @Test
    void shortPasswordIsRefused() {
        assertRefused("password", "account.error.password-short",
                new NewAccount(uniqueEmail("short"), "Sid Short", "seven77", Locale.ENGLISH));
    }

    @Test
    void passwordOfEightCharactersIsEnough() {
        var email = uniqueEmail("eight");

        registration.signUp(new NewAccount(email, "Ed Eight", "eight888", Locale.ENGLISH));

        assertThat(row(email).get("display_name")).isEqualTo("Ed Eight");
    }

    @Test
    void passwordLongerThanBcryptReadsIsRefused() {
        assertRefused("password", "account.error.password-long",
                new NewAccount(uniqueEmail("long"), "Lena Long", "x".repeat(73), Locale.ENGLISH));
    }

    @Test
    void passwordIsMeasuredInBytesNotCharacters() {
        // 25 Chinese characters are 75 bytes in UTF-8: few characters, but more than BCrypt reads.
        assertRefused("password", "account.error.password-long",
                new NewAccount(uniqueEmail("bytes"), "Bo Bytes", "密".repeat(25), Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\tline\nbreak"})
    void blankOrControlCharacterNameIsRefused(String name) {
        assertRefused("displayName", "account.error.name-invalid",
                new NewAccount(uniqueEmail("name"), name, PASSWORD, Locale.ENGLISH));
    }

    @Test
    void overlongNameIsRefused() {
        assertRefused("displayName", "account.error.name-invalid",
                new NewAccount(uniqueEmail("name"), "N".repeat(81), PASSWORD, Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-an-email", "a@b", "two@@example.com", "with space@example.com", "@example.com"})
    void badEmailIsRefused(String email) {
        assertRefused("email", "account.error.email-invalid",
                new NewAccount(email, "Bad Email", PASSWORD, Locale.ENGLISH));
    }

    private void assertRefused(String field, String key, NewAccount request) {
        var before = accountCount();

        assertThatExceptionOfType(SignUpRefused.class).isThrownBy(() -> registration.signUp(request))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });

        assertThat(accountCount()).isEqualTo(before);
    }

    private Map<String, Object> row(String email) {
        return jdbc.queryForMap("select * from account_user where email = ?", email);
    }

    private int accountCount() {
        return jdbc.queryForObject("select count(*) from account_user", Integer.class);
    }

    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
