package org.filmfactory.screenplay.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A project's screenplay as stored: the Fountain text at the revision of its last snapshot. Revisions are counted
 * by the script log (one per accepted step); the steps after the snapshot are in {@code screenplay_step}.
 */
@Entity
@Table(name = "screenplay")
public class StoredScript {

    @Id
    @Column(name = "project_id")
    private UUID projectId;
    @Column(nullable = false)
    private String text;
    @Column(nullable = false)
    private long revision;
    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;
    @Column(name = "revised_by")
    private @Nullable UUID revisedBy;

    protected StoredScript() {
    }

    public StoredScript(UUID projectId, String text, @Nullable UUID author, Instant at) {
        this.projectId = projectId;
        this.text = text;
        this.revision = 1;
        this.revisedBy = author;
        this.revisedAt = at;
    }

    /** A script whose first stored text is already at {@code revision} (written by the co-editor's log). */
    public StoredScript(UUID projectId, String text, long revision, @Nullable UUID author, Instant at) {
        this(projectId, text, author, at);
        this.revision = revision;
    }

    /** Stores the co-edited text as it stood at {@code revision}; an older snapshot never replaces a newer one. */
    public void snapshot(String newText, long atRevision, @Nullable UUID author, Instant at) {
        if (atRevision <= revision) {
            return;
        }
        this.text = newText;
        this.revision = atRevision;
        this.revisedBy = author;
        this.revisedAt = at;
    }

    public String text() {
        return text;
    }

    public long revision() {
        return revision;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public @Nullable UUID revisedBy() {
        return revisedBy;
    }
}
