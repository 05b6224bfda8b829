package org.filmfactory.factory;

import java.util.Optional;
import org.filmfactory.project.ProjectId;

/**
 * "Make film": the whole path from a project's screenplay to a finished film, as one run on the cluster's work queue.
 * A run does only what is missing or out of date — the breakdown, a take for each shot without one (the project's
 * generator), the voices, the music, the subtitles, the render — and reuses everything still valid, so a second run
 * after a one-line change redoes only what that line touched. Needs {@code RENDER} to start or retry, {@code VIEW} to
 * watch; ids of another project are refused ({@code NotAllowed}).
 */
public interface Factory {

    /**
     * Starts a run, or returns the one already running for the project (one at a time per project).
     *
     * @throws org.filmfactory.platform.UserFacingException when the project has no script to film
     */
    MakeRunId makeFilm(ProjectId project, MakeOptions options);

    /** The project's newest run, running or finished. */
    Optional<MakeRun> latestRun(ProjectId project);

    /** One run of the project, as it is now. */
    Optional<MakeRun> run(ProjectId project, MakeRunId run);

    /** Starts a failed or cancelled run again from the stage it stopped in (what was done before is reused). */
    MakeRunId retry(ProjectId project, MakeRunId failed);

    /**
     * Stops a running run: its job is asked to stop, the jobs it asked for (takes, voices, the render) are cancelled,
     * and the run ends CANCELLED keeping what was made so far (a retry resumes from its stage). Nothing happens to a
     * finished run. Needs {@code RENDER}.
     */
    void cancel(ProjectId project, MakeRunId run);
}
