package org.filmfactory.cut.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.ClipMedia;
import org.filmfactory.cut.CutChangeRefused;
import org.filmfactory.cut.CutEdit;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.CutVersion;
import org.filmfactory.cut.CutVersionId;
import org.filmfactory.cut.Cuts;
import org.filmfactory.cut.internal.CutStore.EditKind;
import org.filmfactory.cut.internal.CutStore.EditRow;
import org.filmfactory.cut.internal.CutStore.LiveCut;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.ActingMember;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.take.TakeClip;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The project's cut. The database row of the live cut is the one authority that orders edits, on every node: an
 * edit locks it, checks itself against the cut as it is now (rebasing a stale edit, which names clips, or refusing
 * it when its clip is gone, its values no longer fit, or another person changed the same thing since the edit's
 * base), stores the new revision with the edit's reverse, and advances the row only from the revision it read. A
 * transaction that lost a race (a lock timeout, a changed revision) simply tries again on the newer cut. Only then,
 * after the commit, is every node told.
 */
@Service
class CuttingRoom implements Cuts {

    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final Breakdowns breakdowns;
    private final TakeGeneration takes;
    private final CutStore store;
    private final ProjectFeed feed;
    private final CutSettings settings;
    private final TransactionTemplate fresh;
    private final Clock clock;
    private final Translations translations;

    CuttingRoom(ProjectAccess access, ProjectManagement projects, Breakdowns breakdowns, TakeGeneration takes,
            CutStore store, ProjectFeed feed, CutSettings settings, PlatformTransactionManager transactions,
            Clock clock, Translations translations) {
        this.translations = translations;
        this.access = access;
        this.projects = projects;
        this.breakdowns = breakdowns;
        this.takes = takes;
        this.store = store;
        this.feed = feed;
        this.settings = settings;
        // Always a transaction of its own: an edit that runs in a listener's transaction must still be able to lose
        // a race, roll back and try again without taking the listener's work with it.
        this.fresh = new TransactionTemplate(transactions);
        this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    @Override
    public CutSnapshot current(ProjectId project) {
        access.require(project, Permission.VIEW);
        return snapshot(live(project));
    }

    /**
     * "Scene 3, shot 2" in the project's language: what a render's failure names, read later by anyone in the crew.
     */
    @Override
    public Map<ClipId, String> labels(ProjectId project, CutSnapshot cut) {
        access.require(project, Permission.VIEW);
        var list = breakdowns.shotList(project);
        var sceneNumbers = new HashMap<SceneId, Integer>();
        list.scenes().forEach(scene -> sceneNumbers.put(scene.id(), scene.number()));
        var shots = new HashMap<ShotId, Shot>();
        list.shots().forEach(shot -> shots.put(shot.id(), shot));
        var locale = projects.find(project).language().locale();
        var labels = new LinkedHashMap<ClipId, String>();
        int position = 0;
        for (var clip : cut.clips()) {
            position++;
            var shot = shots.get(clip.shot());
            labels.put(clip.id(), shot == null
                    ? translations.translate(locale, "cut.clip.label-gone", position)
                    : translations.translate(locale, "cut.clip.label",
                            sceneNumbers.getOrDefault(shot.sceneId(), 0), shot.number()));
        }
        return labels;
    }

    @Override
    public List<CutVersion> versions(ProjectId project) {
        access.require(project, Permission.VIEW);
        return store.versions(project);
    }

    @Override
    public Set<ShotId> changedShots(ProjectId project, @Nullable CutVersionId since) {
        access.require(project, Permission.VIEW);
        var print = since == null ? live(project).print()
                : store.version(project, since).orElseThrow(() -> new NotAllowed(Permission.VIEW)).print();
        var shots = new LinkedHashSet<ShotId>();
        var clipTakes = new LinkedHashSet<TakeId>();
        for (var clip : print.clips()) {
            shots.add(clip.shot());
            if (clip.take() != null) {
                clipTakes.add(clip.take());
            }
        }
        var selected = takes.selectedTakes(project, shots);
        var outOfDate = takes.outOfDate(project, clipTakes);
        var changed = new LinkedHashSet<ShotId>();
        for (var clip : print.clips()) {
            if (!Objects.equals(selected.get(clip.shot()), clip.take())
                    || (clip.take() != null && outOfDate.contains(clip.take()))) {
                changed.add(clip.shot());
            }
        }
        return changed;
    }

    @Override
    public Map<ClipId, ClipMedia> media(ProjectId project, CutSnapshot cut) {
        access.require(project, Permission.VIEW);
        var wanted = cut.clips().stream().map(clip -> clip.take()).filter(Objects::nonNull).distinct().toList();
        var clips = takes.clips(project, wanted);
        var media = new HashMap<ClipId, ClipMedia>();
        for (var clip : cut.clips()) {
            var take = clip.take() == null ? null : clips.get(clip.take());
            if (take != null) {
                media.put(clip.id(), new ClipMedia(clip.id(), take.clip(), take.thumbnail(), take.fps(),
                        take.frames(), take.width(), take.height(), take.id().toString()));
            }
        }
        return media;
    }

    // --------------------------------------------------------------------------------------------------- writes

    @Override
    public CutSnapshot edit(ProjectId project, long baseRevision, CutEdit edit) {
        var member = access.requireMember(project, Permission.EDIT_CUT);
        live(project);
        var splices = List.<Splice>of(new Splice.Edit(edit));
        var touches = Splicer.touches(splices);
        return change(project, cut -> {
            // Further back than the kept history, another person's change since could be forgotten: not rebased.
            if (baseRevision < 1 || baseRevision > cut.revision()
                    || baseRevision < cut.revision() - settings.keptEdits()) {
                throw new CutChangeRefused("cut.error.revision", baseRevision, cut.revision());
            }
            var named = clipOf(edit);
            if (named != null && cut.print().indexOf(named) < 0 && !store.everHad(project, named)) {
                // Never in this cut: an id of another project's cut, or made up. Answered like a forbidden action,
                // so ids cannot be probed; a clip that was here and is gone is "gone" (cut.error.clip-gone).
                throw new NotAllowed(Permission.EDIT_CUT);
            }
            collides(project, baseRevision, member, touches);
            var spliced = splicer(project, cut).apply(cut.print(), splices);
            store.clearRedo(project, member.userId());
            return new Revision(spliced.print(), EditKind.EDIT, member.userId(), splices, spliced.reverse(),
                    touches, true, cut.scriptRevision());
        });
    }

    private static @Nullable ClipId clipOf(CutEdit edit) {
        return switch (edit) {
            case CutEdit.Move move -> move.clip();
            case CutEdit.Trim trim -> trim.clip();
            case CutEdit.ChangeTransition transition -> transition.clip();
            case CutEdit.Split split -> split.clip();
            case CutEdit.RippleDelete delete -> delete.clip();
            case CutEdit.UseTake use -> use.clip();
            case CutEdit.ChangeTitleCard title -> null;
            case CutEdit.ChangeEndCard end -> null;
        };
    }

    @Override
    public CutSnapshot undo(ProjectId project) {
        return takeBack(project, EnumSet.of(EditKind.EDIT, EditKind.REDO), EditKind.UNDO);
    }

    @Override
    public CutSnapshot redo(ProjectId project) {
        return takeBack(project, EnumSet.of(EditKind.UNDO), EditKind.REDO);
    }

    /**
     * Applies the reverse of the person's newest stacked revision of the given kinds that still applies; those
     * that no longer do (their clip is gone, another person changed the same thing since) leave the stack.
     */
    private CutSnapshot takeBack(ProjectId project, Set<EditKind> stackKinds, EditKind kind) {
        var member = access.requireMember(project, Permission.EDIT_CUT);
        live(project);
        return change(project, cut -> {
            for (var row : store.stacked(project, member.userId(), stackKinds, settings.undoDepth())) {
                var reverse = Splice.read(row.reverse());
                var touches = new LinkedHashSet<>(Splicer.touches(reverse));
                touches.addAll(row.touches());
                try {
                    if (row.revision() < cut.revision() - settings.keptEdits()) {
                        throw new CutChangeRefused("cut.error.revision", row.revision(), cut.revision());
                    }
                    collides(project, row.revision(), member, touches);
                    var spliced = splicer(project, cut).apply(cut.print(), reverse);
                    store.unstack(project, row.revision());
                    return new Revision(spliced.print(), kind, member.userId(), reverse, spliced.reverse(), touches,
                            true, cut.scriptRevision());
                } catch (CutChangeRefused | NotAllowed noLongerApplies) {
                    store.unstack(project, row.revision());
                }
            }
            return null;
        });
    }

    @Override
    public CutSnapshot followShotList(ProjectId project) {
        access.require(project, Permission.EDIT_CUT);
        live(project);
        return follow(project);
    }

    /**
     * Brings an existing cut in step with the shot list, as a revision of its own (or none when nothing changed).
     * The shot list is read under the cut's lock, so two follows in a row never apply an older list after a newer.
     * The caller must be allowed to view the project.
     */
    CutSnapshot follow(ProjectId project) {
        return change(project, cut -> {
            var list = breakdowns.shotList(project);
            var selected = takes.selectedTakes(project, list.shots().stream().map(Shot::id).toList());
            var clips = takes.clips(project, selected.values());
            var followed = ShotListFollowing.follow(cut.print(), list.shots(), selected, clips, cut.fps());
            if (followed == null) {
                return null;
            }
            return new Revision(followed.print(), EditKind.FOLLOW, null, List.of(), List.of(), followed.touches(),
                    false, list.scriptRevision());
        });
    }

    /** Whether the project has a cut yet (a listener has nothing to follow before the first one is made). */
    boolean exists(ProjectId project) {
        return store.find(project).isPresent();
    }

    @Override
    public CutVersion saveVersion(ProjectId project, String name) {
        var member = access.requireMember(project, Permission.EDIT_CUT);
        var named = name.strip();
        if (named.isEmpty() || named.length() > CutVersion.MAX_NAME) {
            throw new CutChangeRefused("cut.error.version-name", named, CutVersion.MAX_NAME);
        }
        var cut = live(project);
        var snapshot = snapshot(cut);
        var version = new CutVersion(CutVersionId.random(), named, cut.revision(), now(), member.displayName(),
                cut.print().clips().size(), snapshot.length());
        try {
            fresh.executeWithoutResult(status -> {
                if (store.nameTaken(project, named)) {
                    throw new CutChangeRefused("cut.error.version-name", named, CutVersion.MAX_NAME);
                }
                store.addVersion(project, new CutStore.StoredVersion(version, cut.scriptRevision(), cut.print()),
                        member.userId());
            });
        } catch (DataIntegrityViolationException sameNameAtOnce) {
            throw new CutChangeRefused("cut.error.version-name", named, CutVersion.MAX_NAME);
        }
        return version;
    }

    @Override
    public CutSnapshot restore(ProjectId project, CutVersionId version) {
        var member = access.requireMember(project, Permission.EDIT_CUT);
        live(project);
        return change(project, cut -> {
            var stored = store.version(project, version).orElseThrow(() -> new NotAllowed(Permission.EDIT_CUT));
            // The shots the cut knows stay: following the shot list after a restore adds only what is new to it.
            var print = new Workprint(stored.print().title(), stored.print().clips(), stored.print().end(),
                    cut.print().known());
            // Everything is touched; the clips the restore takes out are named, so they count as having been here.
            var touches = new LinkedHashSet<String>();
            touches.add("*");
            cut.print().clips().stream().filter(clip -> print.indexOf(clip.id()) < 0)
                    .forEach(clip -> touches.add("exists:" + clip.id()));
            return new Revision(print, EditKind.RESTORE, member.userId(), List.of(), List.of(), touches, false,
                    cut.scriptRevision());
        });
    }

    // ------------------------------------------------------------------------------------------------- the authority

    /** A new revision decided under the lock. */
    private record Revision(Workprint print, EditKind kind, @Nullable UUID author, List<Splice> steps,
            List<Splice> reverse, Set<String> touches, boolean stacked, long scriptRevision) {
    }

    private record Outcome(LiveCut cut, boolean changed) {
    }

    /** Another transaction advanced the cut between our lock and our update: try again on the newer cut. */
    private static final class Overtaken extends RuntimeException {

        Overtaken() {
            super(null, null, false, false);
        }
    }

    /**
     * Decides and stores one revision under the cut's lock, in a transaction of its own, trying again when another
     * node's edit got in between; a refusal thrown by {@code decide} rolls everything back. Announced after commit.
     */
    private CutSnapshot change(ProjectId project, Function<LiveCut, @Nullable Revision> decide) {
        for (int attempt = 1; ; attempt++) {
            try {
                var outcome = Objects.requireNonNull(fresh.execute(status -> {
                    var cut = store.lock(project).orElseThrow(() -> new NotAllowed(Permission.VIEW));
                    var revision = decide.apply(cut);
                    if (revision == null) {
                        return new Outcome(cut, false);
                    }
                    long next = cut.revision() + 1;
                    var now = now();
                    store.addEdit(project, new EditRow(next, revision.kind(), revision.author(),
                            Splice.write(revision.steps()), Splice.write(revision.reverse()), revision.touches(),
                            revision.stacked()), now);
                    store.prune(project, revision.author(), settings.keptEdits());
                    if (!store.advance(project, cut.revision(), revision.print(), revision.scriptRevision(), now)) {
                        throw new Overtaken();
                    }
                    return new Outcome(new LiveCut(project, next, cut.fps(), cut.width(), cut.height(),
                            revision.scriptRevision(), revision.print(), now), true);
                }));
                store.remember(outcome.cut());
                if (outcome.changed()) {
                    feed.publish(project, new LiveUpdate.CutChanged(outcome.cut().revision()));
                }
                return snapshot(outcome.cut());
            } catch (Overtaken | DuplicateKeyException | TransientDataAccessException raced) {
                if (attempt >= settings.editAttempts()) {
                    throw new CutChangeRefused("cut.error.busy");
                }
            }
        }
    }

    /**
     * Refuses an edit made on an older revision when another person has changed the same thing since: rebasing it
     * would silently undo their change (the last writer would win).
     */
    private void collides(ProjectId project, long base, ActingMember member, Set<String> touches) {
        for (var theirs : store.touchedByOthersSince(project, base, member.userId())) {
            if (theirs.contains("*") || theirs.stream().anyMatch(touches::contains)) {
                throw new CutChangeRefused("cut.error.changed-since");
            }
        }
    }

    private Splicer splicer(ProjectId project, LiveCut cut) {
        var known = new HashMap<TakeId, Optional<TakeClip>>();
        return new Splicer(cut.fps(), settings.maxClips(), take -> known.computeIfAbsent(take,
                id -> Optional.ofNullable(takes.clips(project, List.of(id)).get(id))));
    }

    /** The stored cut, or the project's first one, made now from the shot list and the selected takes. */
    private LiveCut live(ProjectId project) {
        return store.find(project).orElseGet(() -> firstCut(project));
    }

    private LiveCut firstCut(ProjectId project) {
        var format = projects.find(project).format();
        var list = breakdowns.shotList(project);
        var selected = takes.selectedTakes(project, list.shots().stream().map(Shot::id).toList());
        var clips = takes.clips(project, selected.values());
        var print = ShotListFollowing.first(list.shots(), selected, clips, format.fps());
        var cut = new LiveCut(project, 1, format.fps(), format.width(), format.height(), list.scriptRevision(), print,
                now());
        try {
            fresh.executeWithoutResult(status -> store.create(cut));
            store.remember(cut);
            return cut;
        } catch (DataIntegrityViolationException madeElsewhereAtOnce) {
            return store.find(project).orElseThrow(() -> madeElsewhereAtOnce);
        }
    }

    private static CutSnapshot snapshot(LiveCut cut) {
        var print = cut.print();
        return new CutSnapshot(cut.project(), cut.revision(), cut.fps(), cut.width(), cut.height(), print.title(),
                new ArrayList<>(print.clips()), print.end(), cut.scriptRevision(), cut.changed());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
