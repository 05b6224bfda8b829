package org.filmfactory.breakdown.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.filmfactory.project.ScriptLanguage;
import org.jspecify.annotations.Nullable;

/**
 * A project's breakdown as a whole: which script revision its scenes and shots come from, and the project's
 * language (learnt when the project is created, so deriving needs no signed-in person). Its row is the lock that
 * puts derivations and director edits of one project one after the other.
 */
@Entity
@Table(name = "breakdown")
public class StoredBreakdown {

    @Id
    @Column(name = "project_id")
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    private @Nullable ScriptLanguage language;
    @Column(name = "script_revision", nullable = false)
    private long scriptRevision;

    protected StoredBreakdown() {
    }

    public @Nullable ScriptLanguage language() {
        return language;
    }

    public void learnLanguage(ScriptLanguage projectLanguage) {
        this.language = projectLanguage;
    }

    public long scriptRevision() {
        return scriptRevision;
    }

    /** Records that the scenes and shots now come from {@code revision}; revisions only go forward. */
    public void derivedFrom(long revision) {
        if (revision < scriptRevision) {
            throw new IllegalStateException("revision " + revision + " is older than " + scriptRevision);
        }
        this.scriptRevision = revision;
    }
}
