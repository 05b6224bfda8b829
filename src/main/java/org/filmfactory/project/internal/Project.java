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
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ScriptLanguage;

/**
 * A film in the making. It is created with its creator as owner, renamed as the idea firms up, archived when the
 * film is done (read-only, still visible to its crew) and possibly restored or deleted by an owner.
 */
@Entity
@Table(name = "project")
public class Project {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String logline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScriptLanguage language;
    @Column(name = "output_width", nullable = false)
    private int outputWidth;
    @Column(name = "output_height", nullable = false)
    private int outputHeight;
    @Column(name = "output_fps", nullable = false)
    private int outputFps;
    @Column(nullable = false)
    private boolean archived;
    @Column(name = "target_seconds", nullable = false)
    private int targetSeconds = 60;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private UUID createdBy;
    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;
    @Version
    private long version;

    protected Project() {
    }

    public Project(UUID id, String name, String logline, ScriptLanguage language, OutputFormat format,
            UUID createdBy, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.logline = logline;
        this.language = language;
        this.outputWidth = format.width();
        this.outputHeight = format.height();
        this.outputFps = format.fps();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.lastChangedAt = createdAt;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void archive(boolean archive) {
        this.archived = archive;
    }

    /** Sets the screen time the film aims at; the caller has checked its bounds. */
    public void aimAt(int seconds) {
        this.targetSeconds = seconds;
    }

    public int targetSeconds() {
        return targetSeconds;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String logline() {
        return logline;
    }

    public ScriptLanguage language() {
        return language;
    }

    public OutputFormat format() {
        return new OutputFormat(outputWidth, outputHeight, outputFps);
    }

    public boolean archived() {
        return archived;
    }

    /** When anything in the project last changed: its script, crew, name or state. */
    public Instant lastChangedAt() {
        return lastChangedAt;
    }
}
