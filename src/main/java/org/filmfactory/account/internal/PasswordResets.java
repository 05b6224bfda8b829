package org.filmfactory.account.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reset links by the hash of their secret. */
public interface PasswordResets extends JpaRepository<PasswordReset, String> {

    /**
     * Uses the link once: 1 when it was open and not expired at {@code now} (it is now used), 0 otherwise. One
     * statement, so two browsers racing with the same link cannot both win.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PasswordReset r set r.usedAt = :now where r.tokenHash = :hash and r.usedAt is null"
            + " and r.expiresAt > :now")
    int redeem(@Param("hash") String tokenHash, @Param("now") Instant now);

    /** Closes every open link of a person. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PasswordReset r set r.usedAt = :now where r.userId = :user and r.usedAt is null")
    int closeAll(@Param("user") UUID userId, @Param("now") Instant now);

    boolean existsByUserIdAndCreatedAtAfter(UUID userId, Instant since);
}
