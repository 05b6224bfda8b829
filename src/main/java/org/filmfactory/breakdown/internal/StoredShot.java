package org.filmfactory.breakdown.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.util.UUID;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A shot of a project's breakdown: the rules' latest values next to the director's choices. Its id never passes to
 * another shot; see {@link Rederivation} for how long it lives.
 */
@Entity
@Table(name = "breakdown_shot")
public class StoredShot implements Persistable<UUID> {

    @Id
    private UUID id;
    @Column(name = "project_id", nullable = false)
    private UUID projectId;
    @Column(name = "scene_id", nullable = false)
    private UUID sceneId;
    @Column(nullable = false)
    private int ordinal;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShotOrigin origin;
    @Column(name = "anchor_key", nullable = false)
    private String anchorKey;
    @Column(nullable = false)
    private String anchor;
    @Column(name = "first_line", nullable = false)
    private int firstLine;
    @Column(name = "last_line", nullable = false)
    private int lastLine;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_type", nullable = false)
    private ShotType ruleType;
    @Column(name = "rule_subjects", nullable = false)
    private String ruleSubjects;
    @Column(name = "rule_description", nullable = false)
    private String ruleDescription;
    @Column(name = "rule_duration_ms", nullable = false)
    private long ruleDurationMs;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_camera_move", nullable = false)
    private CameraMove ruleCameraMove;
    @Enumerated(EnumType.STRING)
    @Column(name = "shot_type")
    private @Nullable ShotType type;
    @Column(name = "duration_ms")
    private @Nullable Long durationMs;
    @Enumerated(EnumType.STRING)
    @Column(name = "camera_move")
    private @Nullable CameraMove cameraMove;
    private @Nullable String description;
    @Column(nullable = false)
    private boolean dropped;
    @Column(name = "merged_into")
    private @Nullable UUID mergedInto;
    @Column(nullable = false)
    private boolean detached;
    @Transient
    private boolean fresh;

    protected StoredShot() {
    }

    public StoredShot(UUID projectId, UUID sceneId, ShotState shot, int ordinal) {
        this.id = shot.id();
        this.projectId = projectId;
        this.fresh = true;
        update(sceneId, shot, ordinal);
    }

    public void update(UUID newSceneId, ShotState shot, int newOrdinal) {
        this.sceneId = newSceneId;
        this.ordinal = newOrdinal;
        this.origin = shot.origin();
        this.anchorKey = shot.anchorKey();
        this.anchor = shot.anchor();
        this.firstLine = shot.firstLine();
        this.lastLine = shot.lastLine();
        var rules = shot.rules();
        this.ruleType = rules.type();
        this.ruleSubjects = Lines.join(rules.subjects());
        this.ruleDescription = rules.description();
        this.ruleDurationMs = rules.duration().toMillis();
        this.ruleCameraMove = rules.move();
        var director = shot.director();
        this.type = director.type();
        this.durationMs = director.duration() == null ? null : director.duration().toMillis();
        this.cameraMove = director.move();
        this.description = director.description();
        this.dropped = shot.dropped();
        this.mergedInto = shot.mergedInto();
        this.detached = shot.detached();
    }

    public UUID sceneId() {
        return sceneId;
    }

    public ShotState toState() {
        return new ShotState(id, origin, anchorKey, anchor, firstLine, lastLine,
                new ShotValues(ruleType, Lines.split(ruleSubjects), ruleDescription,
                        Duration.ofMillis(ruleDurationMs), ruleCameraMove),
                new DirectorChoices(type, durationMs == null ? null : Duration.ofMillis(durationMs), cameraMove,
                        description),
                dropped, mergedInto, detached);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
