package org.filmfactory.breakdown;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.filmfactory.breakdown.internal.BreakdownStore;
import org.filmfactory.breakdown.internal.SceneState;
import org.filmfactory.breakdown.internal.ShotListEdits;
import org.filmfactory.breakdown.internal.ShotListReader;
import org.filmfactory.breakdown.internal.StoredBreakdown;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptArchive;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's scenes and shot list. Every member may read it; owners and directors may edit shots. The scenes and
 * the rules' shots follow the screenplay on their own after each saved revision; a director's edits win over the
 * rules and are kept through later revisions. A shot or scene id that is not in this project's breakdown is refused
 * like a forbidden action ({@link NotAllowed}), so ids of other projects cannot be probed. Each edit is stored and
 * announced with {@link ShotListChanged} in one transaction. Reads see one consistent state, even while a new
 * revision is being stored.
 */
@Service
@Transactional
public class Breakdowns {

    /** The shortest and longest duration a director may give a shot. */
    public static final Duration MIN_DURATION = Duration.ofMillis(500);
    public static final Duration MAX_DURATION = Duration.ofMinutes(10);
    public static final int MAX_DESCRIPTION = 1000;

    private final ProjectAccess access;
    private final BreakdownStore store;
    private final ApplicationEventPublisher events;
    private final ProjectManagement projects;
    private final ScriptArchive archive;

    Breakdowns(ProjectAccess access, BreakdownStore store, ApplicationEventPublisher events,
            ProjectManagement projects, ScriptArchive archive) {
        this.access = access;
        this.store = store;
        this.events = events;
        this.projects = projects;
        this.archive = archive;
    }

    /** The whole breakdown, with whether the person may edit it. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ShotList shotList(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        long revision = store.find(projectId).map(StoredBreakdown::scriptRevision).orElse(0L);
        var state = store.load(projectId);
        return new ShotList(projectId, revision, ShotListReader.scenes(state), ShotListReader.shots(state),
                access.can(projectId, Permission.EDIT_SHOTS));
    }

    /** The shot list in figures: counts, estimated runtime and the project's target length. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ShotListTotals totals(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        long revision = store.find(projectId).map(StoredBreakdown::scriptRevision).orElse(0L);
        var state = store.load(projectId);
        var shots = ShotListReader.shots(state);
        var runtime = shots.stream().map(Shot::duration).reduce(Duration.ZERO, Duration::plus);
        return new ShotListTotals(projectId, revision, state.size(), shots.size(), state.size() + shots.size(),
                runtime, projects.targetLength(projectId), access.can(projectId, Permission.EDIT_SHOTS));
    }

    /**
     * Lines {@code offset} to {@code offset + limit - 1} of the shot list: each scene's heading followed by its
     * shots, scenes in script order. Fewer (or none) past the end.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<ShotListLine> lines(ProjectId projectId, int offset, int limit) {
        access.require(projectId, Permission.VIEW);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must not be negative");
        }
        var state = store.load(projectId);
        var scenes = ShotListReader.scenes(state);
        var bySceneId = shotsByScene(ShotListReader.shots(state));
        var lines = new ArrayList<ShotListLine>(Math.min(limit, 1000));
        long end = (long) offset + limit;
        int at = 0;
        for (var scene : scenes) {
            var shots = bySceneId.getOrDefault(scene.id(), List.of());
            if (at + 1 + shots.size() > offset && at < end) {
                if (at >= offset) {
                    lines.add(new ShotListLine.SceneLine(scene, shots.size(),
                            shots.stream().map(Shot::duration).reduce(Duration.ZERO, Duration::plus)));
                }
                for (int i = Math.max(0, offset - at - 1); i < shots.size() && at + 1 + i < end; i++) {
                    lines.add(new ShotListLine.ShotLine(shots.get(i), scene.number()));
                }
            }
            at += 1 + shots.size();
            if (at >= end) {
                break;
            }
        }
        return lines;
    }

    /** Where a scene's heading is among the {@link #lines}, counted from 0. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public int lineOf(ProjectId projectId, SceneId sceneId) {
        access.require(projectId, Permission.VIEW);
        var state = store.load(projectId);
        var counts = new HashMap<SceneId, Integer>();
        ShotListReader.shots(state).forEach(shot -> counts.merge(shot.sceneId(), 1, Integer::sum));
        int at = 0;
        for (var scene : ShotListReader.scenes(state)) {
            if (scene.id().equals(sceneId)) {
                return at;
            }
            at += 1 + counts.getOrDefault(scene.id(), 0);
        }
        throw new NotAllowed(Permission.VIEW);
    }

    /**
     * The scenes whose heading contains {@code filter} (any case) or whose number starts with it, in script order,
     * from {@code offset}, at most {@code limit}.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<BreakdownScene> scenes(ProjectId projectId, String filter, int offset, int limit) {
        access.require(projectId, Permission.VIEW);
        var wanted = filter.strip().toLowerCase(Locale.ROOT);
        return ShotListReader.scenes(store.load(projectId)).stream()
                .filter(scene -> wanted.isEmpty() || String.valueOf(scene.number()).startsWith(wanted)
                        || scene.heading().toLowerCase(Locale.ROOT).contains(wanted))
                .skip(offset).limit(limit).toList();
    }

    /** One shot as it is now, or empty when it is gone (deleted, merged away, its scene removed). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Shot> shot(ProjectId projectId, ShotId shotId) {
        access.require(projectId, Permission.VIEW);
        return ShotListReader.shots(store.load(projectId)).stream().filter(shot -> shot.id().equals(shotId))
                .findFirst();
    }

    /**
     * The text of the script lines each shot covers, as written (blank lines left out), from the latest saved
     * script: what a take of the shot was made from (issue 11). One read of the script for all the shots. Right
     * after a save, until the breakdown has followed it (about a second), line numbers may lag behind the text.
     */
    @Transactional(readOnly = true)
    public Map<ShotId, List<String>> linesAsWritten(ProjectId projectId, Collection<Shot> shots) {
        access.require(projectId, Permission.VIEW);
        var text = archive.latest(projectId).map(script -> script.text()).orElse("");
        var lines = text.split("\r?\n", -1);
        var covered = new HashMap<ShotId, List<String>>();
        for (var shot : shots) {
            var own = new ArrayList<String>();
            for (int line = Math.max(1, shot.firstLine()); line <= Math.min(shot.lastLine(), lines.length); line++) {
                if (!lines[line - 1].isBlank()) {
                    own.add(lines[line - 1]);
                }
            }
            covered.put(shot.id(), List.copyOf(own));
        }
        return covered;
    }

    /**
     * The action, dialogue and parenthetical lines each shot covers, with their speakers, from the latest saved
     * script read in the project's language: what a generator is told about a shot (issue 11). Parses the script
     * once for all the shots.
     */
    @Transactional(readOnly = true)
    public Map<ShotId, List<ScriptLine>> scriptLines(ProjectId projectId, Collection<Shot> shots) {
        access.require(projectId, Permission.VIEW);
        var text = archive.latest(projectId).map(script -> script.text()).orElse("");
        var language = store.find(projectId).map(StoredBreakdown::language).orElse(ScriptLanguage.EN);
        var all = ScriptBreakdown.lines(FountainReader.read(text, Dialect.of(language.locale())));
        var covered = new HashMap<ShotId, List<ScriptLine>>();
        for (var shot : shots) {
            covered.put(shot.id(), all.stream()
                    .filter(line -> line.firstLine() >= shot.firstLine() && line.firstLine() <= shot.lastLine())
                    .toList());
        }
        return covered;
    }

    /**
     * Sets the screen time the project aims at (see {@link ProjectManagement#aimAt}), and tells every open shot
     * list. Owners and directors may.
     */
    public void aimAt(ProjectId projectId, Duration targetLength) {
        access.require(projectId, Permission.EDIT_SHOTS);
        projects.aimAt(projectId, targetLength);
        events.publishEvent(new ShotListChanged(projectId));
    }

    private static Map<SceneId, List<Shot>> shotsByScene(List<Shot> shots) {
        var byScene = new HashMap<SceneId, List<Shot>>();
        shots.forEach(shot -> byScene.computeIfAbsent(shot.sceneId(), id -> new ArrayList<>()).add(shot));
        return byScene;
    }

    /** The shot list as a CSV file for spreadsheets; every member may export it. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] shotListCsv(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        var state = store.load(projectId);
        return ShotListCsv.of(ShotListReader.scenes(state), ShotListReader.shots(state));
    }

    /** The scenes in script order. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<BreakdownScene> scenes(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        return ShotListReader.scenes(store.load(projectId));
    }

    /** Every shot, scene by scene. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Shot> shots(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        return ShotListReader.shots(store.load(projectId));
    }

    /** The shots of one scene, in order; reads only that scene. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Shot> shots(ProjectId projectId, SceneId sceneId) {
        access.require(projectId, Permission.VIEW);
        var scene = store.loadScene(projectId, sceneId.value()).orElseThrow(() -> new NotAllowed(Permission.VIEW));
        return ShotListReader.shots(List.of(scene));
    }

    /** The revision the breakdown follows and how many scenes and shots it has, without reading them. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public BreakdownSummary summary(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        long revision = store.find(projectId).map(StoredBreakdown::scriptRevision).orElse(0L);
        return new BreakdownSummary(revision, store.sceneCount(projectId), store.shownShotCount(projectId));
    }

    /**
     * A window of the scenes in script order, each with its number of shots: from the {@code offset}-th scene
     * (0-based), at most {@code limit} of them. A list that scrolls through a feature's scenes asks for what is on
     * screen, so neither the screen nor this read holds the whole breakdown.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<SceneShots> scenes(ProjectId projectId, int offset, int limit) {
        access.require(projectId, Permission.VIEW);
        var window = store.sceneWindow(projectId, offset, limit);
        var counts = store.shownShotCounts(window.stream().map(scene -> scene.id()).toList());
        var scenes = ShotListReader.scenes(window);
        return scenes.stream().map(scene -> new SceneShots(scene, counts.getOrDefault(scene.id().value(), 0)))
                .toList();
    }

    public void retype(ProjectId projectId, ShotId shotId, ShotType type) {
        edit(projectId, state -> ShotListEdits.retype(state, shotId.value(), type));
    }

    /**
     * Sets the shot's duration, rounded to a tenth of a second.
     *
     * @throws ShotChangeRefused when it is shorter than {@link #MIN_DURATION} or longer than {@link #MAX_DURATION}
     */
    public void retime(ProjectId projectId, ShotId shotId, Duration duration) {
        var tenths = Duration.ofMillis(Math.round(duration.toMillis() / 100.0) * 100);
        if (tenths.compareTo(MIN_DURATION) < 0 || tenths.compareTo(MAX_DURATION) > 0) {
            throw ShotChangeRefused.duration(MIN_DURATION, MAX_DURATION);
        }
        edit(projectId, state -> ShotListEdits.retime(state, shotId.value(), tenths));
    }

    public void changeCameraMove(ProjectId projectId, ShotId shotId, CameraMove move) {
        edit(projectId, state -> ShotListEdits.changeMove(state, shotId.value(), move));
    }

    /**
     * Sets the shot's description, trimmed.
     *
     * @throws ShotChangeRefused when it is longer than {@link #MAX_DESCRIPTION} characters
     */
    public void describe(ProjectId projectId, ShotId shotId, String description) {
        var text = description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw ShotChangeRefused.description(MAX_DESCRIPTION);
        }
        edit(projectId, state -> ShotListEdits.describe(state, shotId.value(), text));
    }

    /** Moves the shot {@code steps} places later in its scene (negative: earlier), stopping at either end. */
    public void move(ProjectId projectId, ShotId shotId, int steps) {
        edit(projectId, state -> ShotListEdits.move(state, shotId.value(), steps));
    }

    /** Splits the shot in two; it keeps its id as the first half. Returns the second half's id. */
    public ShotId split(ProjectId projectId, ShotId shotId) {
        var second = UUID.randomUUID();
        edit(projectId, state -> ShotListEdits.split(state, shotId.value(), second));
        return new ShotId(second);
    }

    /**
     * Merges the next shot of the scene into this one.
     *
     * @throws ShotChangeRefused when the shot is the last of its scene
     */
    public void mergeWithNext(ProjectId projectId, ShotId shotId) {
        edit(projectId, state -> ShotListEdits.mergeWithNext(state, shotId.value()));
    }

    public void delete(ProjectId projectId, ShotId shotId) {
        edit(projectId, state -> ShotListEdits.delete(state, shotId.value()));
    }

    /** Adds a shot after {@code after}, or at the end of the scene when it is null. Returns the new shot's id. */
    public ShotId addShot(ProjectId projectId, SceneId sceneId, @Nullable ShotId after) {
        var added = UUID.randomUUID();
        edit(projectId, state -> ShotListEdits.add(state, sceneId.value(), after == null ? null : after.value(),
                added));
        return new ShotId(added);
    }

    private void edit(ProjectId projectId, Function<List<SceneState>, Optional<List<SceneState>>> edit) {
        var member = access.requireMember(projectId, Permission.EDIT_SHOTS);
        // Locked first: a derivation running meanwhile on any node waits, and so never undoes this edit.
        store.lockExisting(projectId).orElseThrow(() -> new NotAllowed(Permission.EDIT_SHOTS));
        var edited = edit.apply(store.load(projectId)).orElseThrow(() -> new NotAllowed(Permission.EDIT_SHOTS));
        store.save(projectId, edited);
        events.publishEvent(new ShotListChanged(projectId, member.userId().toString()));
    }
}
