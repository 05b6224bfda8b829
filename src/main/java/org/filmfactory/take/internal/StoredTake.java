package org.filmfactory.take.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One take of a shot as stored. Immutable once written: a take is never changed, only selected or not (which is
 * the shot's business, {@link StoredTakeShot}).
 */
@Entity
@Table(name = "take")
class StoredTake {

    @Id
    private UUID id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;
    @Column(name = "shot_id", nullable = false, updatable = false)
    private UUID shotId;
    @Column(name = "take_number", nullable = false, updatable = false)
    private int number;
    @Column(name = "job_id", updatable = false)
    private @Nullable UUID jobId;
    @Column(nullable = false, updatable = false)
    private String generator;
    @Column(nullable = false, updatable = false)
    private String prompt;
    @Column(nullable = false, updatable = false)
    private long seed;
    @Column(name = "made_by", updatable = false)
    private @Nullable UUID madeBy;
    @Column(name = "made_by_name", nullable = false, updatable = false)
    private String madeByName;
    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;
    @Column(nullable = false, updatable = false)
    private String fingerprint;
    @Column(name = "script_revision", nullable = false, updatable = false)
    private long scriptRevision;
    @Column(name = "clip_key", nullable = false, updatable = false)
    private String clipKey;
    @Column(name = "poster_key", nullable = false, updatable = false)
    private String posterKey;
    @Column(name = "thumbnail_key", nullable = false, updatable = false)
    private String thumbnailKey;
    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;
    @Column(nullable = false, updatable = false)
    private int width;
    @Column(nullable = false, updatable = false)
    private int height;
    @Column(nullable = false, updatable = false)
    private int fps;
    @Column(nullable = false, updatable = false)
    private long frames;
    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    protected StoredTake() {
    }

    StoredTake(TakeRecord take) {
        this.id = take.id();
        this.projectId = take.projectId();
        this.shotId = take.shotId();
        this.number = take.number();
        this.jobId = take.jobId();
        this.generator = take.generator();
        this.prompt = take.prompt();
        this.seed = take.seed();
        this.madeBy = take.madeBy();
        this.madeByName = take.madeByName();
        this.madeAt = take.madeAt();
        this.fingerprint = take.fingerprint();
        this.scriptRevision = take.scriptRevision();
        this.clipKey = take.clipKey();
        this.posterKey = take.posterKey();
        this.thumbnailKey = take.thumbnailKey();
        this.contentType = take.contentType();
        this.width = take.width();
        this.height = take.height();
        this.fps = take.fps();
        this.frames = take.frames();
        this.durationMs = take.durationMs();
    }

    TakeRecord toRecord() {
        return new TakeRecord(id, projectId, shotId, number, jobId, generator, prompt, seed, madeBy, madeByName, madeAt,
                fingerprint, scriptRevision, clipKey, posterKey, thumbnailKey, contentType, width, height, fps, frames,
                durationMs);
    }
}
