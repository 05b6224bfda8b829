package org.filmfactory.project.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.filmfactory.project.ProjectRole;

/** One person's place on one project's crew, with exactly one role. */
@Entity
@Table(name = "project_member")
public class Membership {

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectRole role;
    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    public Membership(UUID projectId, UUID userId, ProjectRole role, Instant joinedAt) {
        this.key = new Key(projectId, userId);
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public void changeRole(ProjectRole newRole) {
        this.role = newRole;
    }

    public UUID projectId() {
        return key.projectId;
    }

    public UUID userId() {
        return key.userId;
    }

    public ProjectRole role() {
        return role;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    /** Project and person: a person is on a crew at most once. */
    @Embeddable
    public record Key(@Column(name = "project_id") UUID projectId, @Column(name = "user_id") UUID userId)
            implements Serializable {
    }
}
