package org.filmfactory.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A password-reset link sent to a person's mailbox. Issued open; it is used at most once ({@link PasswordResets#redeem}
 * marks it atomically) and only before it expires; a newer link or a finished reset closes the others.
 */
@Entity
@Table(name = "account_password_reset")
public class PasswordReset {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(String tokenHash, UUID userId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public UUID userId() {
        return userId;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
