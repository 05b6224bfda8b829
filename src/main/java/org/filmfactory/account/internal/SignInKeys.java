package org.filmfactory.account.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What signs and revokes the sign-in cookie, in the database every node shares: the cluster's one secret (made by
 * the first node that needs it — never a per-node random value, or a cookie signed on a dead node would be worthless
 * on the survivor) and each person's sign-out generation.
 */
@Component
class SignInKeys {

    private static final int KEY_ID = 1;
    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private volatile @Nullable String secret;

    SignInKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cluster's signing secret; made and stored on first use. */
    String secret() {
        var known = secret;
        if (known == null) {
            known = stored().orElseGet(this::create);
            secret = known;
        }
        return known;
    }

    /** How often this person has signed out; part of every signature made for them. */
    long generation(String email) {
        return jdbc.sql("select generation from account_sign_in_generation where email = ?").param(email)
                .query(Long.class).optional().orElse(0L);
    }

    /** Ends every sign-in cookie issued to this person so far. */
    void signedOut(String email) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.sql("update account_sign_in_generation set generation = generation + 1 where email = ?")
                    .param(email).update() == 1) {
                return;
            }
            try {
                jdbc.sql("insert into account_sign_in_generation (email, generation) values (?, 1)").param(email)
                        .update();
                return;
            } catch (DuplicateKeyException racedWithAnotherNode) {
                // Another node signed the same person out at the same moment: the update wins next time round.
            }
        }
    }

    private Optional<String> stored() {
        return jdbc.sql("select secret from account_sign_in_key where id = ?").param(KEY_ID).query(String.class)
                .optional();
    }

    private String create() {
        var bytes = new byte[48];
        random.nextBytes(bytes);
        try {
            jdbc.sql("insert into account_sign_in_key (id, secret) values (?, ?)").param(KEY_ID)
                    .param(Base64.getEncoder().encodeToString(bytes)).update();
        } catch (DuplicateKeyException racedWithAnotherNode) {
            // Two nodes started together: the one stored first is the cluster's.
        }
        return stored().orElseThrow();
    }
}
