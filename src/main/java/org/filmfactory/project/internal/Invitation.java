package org.filmfactory.project.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.filmfactory.project.InvitationStatus;
import org.filmfactory.project.InvitationUnusable;
import org.filmfactory.project.ProjectRole;
import org.jspecify.annotations.Nullable;

/**
 * An owner's invitation to join a project in a given role. Only a hash of its secret token is stored, so a copy of
 * the database cannot be used to join. It is open until it is accepted once, revoked, or it expires; the version
 * column makes two people racing for the same link end with exactly one member.
 */
@Entity
@Table(name = "project_invitation")
public class Invitation {

    @Id
    private UUID id;
    @Column(name = "project_id", nullable = false)
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectRole role;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    private @Nullable String email;
    @Column(name = "invited_by", nullable = false)
    private UUID invitedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "accepted_by")
    private @Nullable UUID acceptedBy;
    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;
    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(UUID id, UUID projectId, ProjectRole role, String tokenHash, @Nullable String email,
            UUID invitedBy, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.projectId = projectId;
        this.role = role;
        this.tokenHash = tokenHash;
        this.email = email;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public InvitationStatus status(Instant now) {
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        if (acceptedBy != null) {
            return InvitationStatus.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
    }

    /** Uses the invitation up; refused unless it is open. */
    public void accept(UUID userId, Instant now) {
        var status = status(now);
        if (status != InvitationStatus.OPEN) {
            throw InvitationUnusable.because(status);
        }
        acceptedBy = userId;
        acceptedAt = now;
    }

    /** Withdraws an open invitation; refused once it was used (revoking twice is harmless). */
    public void revoke(Instant now) {
        var status = status(now);
        if (status == InvitationStatus.ACCEPTED) {
            throw InvitationUnusable.because(status);
        }
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public ProjectRole role() {
        return role;
    }

    public @Nullable String email() {
        return email;
    }

    public UUID invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable UUID acceptedBy() {
        return acceptedBy;
    }
}
