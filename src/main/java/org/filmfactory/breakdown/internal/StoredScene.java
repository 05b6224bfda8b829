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
import java.util.List;
import java.util.UUID;
import org.filmfactory.breakdown.BreakdownScene;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** A scene of a project's breakdown, as last derived. Its id outlives rewrites of the scene. */
@Entity
@Table(name = "breakdown_scene")
public class StoredScene implements Persistable<UUID> {

    @Id
    private UUID id;
    @Column(name = "project_id", nullable = false)
    private UUID projectId;
    @Column(nullable = false)
    private int ordinal;
    @Column(name = "scene_number")
    private @Nullable String sceneNumber;
    @Column(nullable = false)
    private String heading;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BreakdownScene.Setting setting;
    @Column(nullable = false)
    private String location;
    @Column(name = "time_of_day", nullable = false)
    private String timeOfDay;
    @Column(nullable = false)
    private String characters;
    @Column(nullable = false)
    private int eighths;
    @Column(name = "first_line", nullable = false)
    private int firstLine;
    @Column(name = "last_line", nullable = false)
    private int lastLine;
    @Column(name = "heading_key", nullable = false)
    private String headingKey;
    @Column(nullable = false)
    private String body;
    @Column(name = "director_ordered", nullable = false)
    private boolean directorOrdered;
    @Transient
    private boolean fresh;

    protected StoredScene() {
    }

    public StoredScene(UUID projectId, SceneState scene, int ordinal) {
        this.id = scene.id();
        this.projectId = projectId;
        this.fresh = true;
        update(scene, ordinal);
    }

    public void update(SceneState scene, int newOrdinal) {
        var facts = scene.facts();
        this.ordinal = newOrdinal;
        this.sceneNumber = facts.sceneNumber();
        this.heading = facts.heading();
        this.setting = facts.setting();
        this.location = facts.location();
        this.timeOfDay = facts.timeOfDay();
        this.characters = Lines.join(facts.characters());
        this.eighths = facts.eighths();
        this.firstLine = facts.firstLine();
        this.lastLine = facts.lastLine();
        this.headingKey = facts.headingKey();
        this.body = facts.body();
        this.directorOrdered = scene.directorOrdered();
    }

    public SceneState toState(List<ShotState> shots) {
        return new SceneState(id, new SceneFacts(ordinal, sceneNumber, heading, setting, location, timeOfDay,
                Lines.split(characters), eighths, firstLine, lastLine, headingKey, body), directorOrdered, shots);
    }

    public UUID getProjectId() {
        return projectId;
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
