package org.filmfactory.cut;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * The project's cut: one live edit per project, changed by editors and owners ({@code EDIT_CUT}), read by every
 * member ({@code VIEW}). Ids of another project are refused like a forbidden action ({@code NotAllowed}).
 *
 * <p>One authority orders edits, like the script: an edit names the revision it was made on; when others' edits came
 * in between, it is rebased (it names clips, not positions) or refused with {@link CutChangeRefused} when its clip is
 * gone — never last-write-wins. Every accepted edit is stored before this returns and announced to every node as
 * {@code LiveUpdate.CutChanged}.
 */
public interface Cuts {

    /**
     * The cut at its latest revision. A project without one gets its first cut here: every shot in script order with
     * its selected take (or none), whole, with straight cuts and no cards.
     */
    CutSnapshot current(ProjectId project);

    /**
     * Applies one edit made on {@code baseRevision}.
     *
     * @return the cut after it
     * @throws CutChangeRefused when it cannot apply (its clip is gone, a trim outside the take, …); nothing changed
     */
    CutSnapshot edit(ProjectId project, long baseRevision, CutEdit edit);

    /** Takes back the signed-in person's last edit (when it still applies); the cut unchanged when there is none. */
    CutSnapshot undo(ProjectId project);

    /** Makes again the edit the signed-in person last took back. */
    CutSnapshot redo(ProjectId project);

    /**
     * Brings the cut up to date with the shot list: adds new shots in script order, drops clips of shots that are
     * gone, and gives clips without a take their shot's selected take. Editors' order, trims and transitions stay.
     */
    CutSnapshot followShotList(ProjectId project);

    /** Saved versions, newest first. */
    List<CutVersion> versions(ProjectId project);

    /**
     * Saves the cut as it is under a name.
     *
     * @throws CutChangeRefused {@code cut.error.version-name} when the name is blank, too long or already used
     */
    CutVersion saveVersion(ProjectId project, String name);

    /** Makes a saved version the live cut again (as a new revision: the edits since stay in the history). */
    CutSnapshot restore(ProjectId project, CutVersionId version);

    /**
     * Shots whose picture changed since the live cut (or the given version) was made: the shot's selected take is no
     * longer the clip's take, or the clip's take is out of date with the script.
     */
    Set<ShotId> changedShots(ProjectId project, @Nullable CutVersionId since);

    /** The media behind each clip that has a take. Needs {@code VIEW}. */
    Map<ClipId, ClipMedia> media(ProjectId project, CutSnapshot cut);

    /**
     * What people call each clip, for messages that name one (a render that fails on a clip's take): "Scene 3, shot
     * 2" in the project's language, read later by anyone in the crew. Needs {@code VIEW}.
     */
    Map<ClipId, String> labels(ProjectId project, CutSnapshot cut);
}
