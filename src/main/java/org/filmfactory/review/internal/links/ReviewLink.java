package org.filmfactory.review.internal.links;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.filmfactory.review.ReviewLinkState;
import org.jspecify.annotations.Nullable;

/**
 * A review link: made by an owner or director for some shots of a project (or all of them), it opens for guests until
 * it expires or is revoked, whichever comes first; then it stays in the list, closed for good. Only the SHA-256 of
 * its secret is kept, and its password (if any) as the studio's password hash.
 */
@Entity
@Table(name = "review_link")
public class ReviewLink {

    @Id
    private UUID id;
    @Column(name = "project_id", nullable = false)
    private UUID projectId;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    @Column(name = "password_hash")
    private @Nullable String passwordHash;
    @Column(name = "allow_comments", nullable = false)
    private boolean allowComments;
    @Column(name = "whole_board", nullable = false)
    private boolean wholeBoard;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_link_shot", joinColumns = @JoinColumn(name = "link_id"))
    @Column(name = "shot_id", nullable = false)
    private Set<UUID> shots = new HashSet<>();
    @Column(name = "created_by", nullable = false)
    private UUID createdBy;
    @Column(name = "created_by_name", nullable = false)
    private String createdByName;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;
    @Version
    private long version;

    protected ReviewLink() {
    }

    public ReviewLink(UUID id, UUID projectId, String tokenHash, @Nullable String passwordHash, boolean allowComments,
            Set<UUID> shots, UUID createdBy, String createdByName, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.projectId = projectId;
        this.tokenHash = tokenHash;
        this.passwordHash = passwordHash;
        this.allowComments = allowComments;
        this.wholeBoard = shots.isEmpty();
        this.shots = new HashSet<>(shots);
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public ReviewLinkState state(Instant now) {
        if (revokedAt != null) {
            return ReviewLinkState.REVOKED;
        }
        return now.isBefore(expiresAt) ? ReviewLinkState.ACTIVE : ReviewLinkState.EXPIRED;
    }

    /** Closes the link for good; revoking twice keeps the first time. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Whether the link covers the shot: one of its shots, or any shot when it covers the whole storyboard. */
    public boolean covers(UUID shotId) {
        return wholeBoard || shots.contains(shotId);
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public boolean allowComments() {
        return allowComments;
    }

    public boolean wholeBoard() {
        return wholeBoard;
    }

    public Set<UUID> shots() {
        return Set.copyOf(shots);
    }

    public UUID createdBy() {
        return createdBy;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }
}
