package org.filmfactory.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;
import java.util.UUID;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A studio that creates accounts for its people itself: nobody signs up, the studio still can. */
@StudioTest
@TestPropertySource(properties = "filmfactory.account.self-sign-up=false")
class SignUpClosedIT {

    @Autowired
    Registration registration;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signUpIsRefusedAndNothingIsStored() {
        var email = uniqueEmail();
        var before = accountCount();

        assertThat(registration.selfSignUpOpen()).isFalse();
        assertThatExceptionOfType(SignUpRefused.class)
                .isThrownBy(() -> registration.signUp(new NewAccount(email, "Sol Solo", "a long enough secret",
                        Locale.ENGLISH)))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("account.error.sign-up-closed");
                    assertThat(e.field()).isEmpty();
                });

        assertThat(accountCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from account_user where email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void studioStillCreatesAccounts() {
        var email = uniqueEmail();

        var id = registration.create(new NewAccount(email, "Ada Admin", "a long enough secret", Locale.ENGLISH));

        assertThat(jdbc.queryForObject("select id from account_user where email = ?", UUID.class, email))
                .isEqualTo(id.value());
    }

    private int accountCount() {
        return jdbc.queryForObject("select count(*) from account_user", Integer.class);
    }

    private static String uniqueEmail() {
        return "closed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
