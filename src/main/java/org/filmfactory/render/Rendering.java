package org.filmfactory.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filmfactory.cut.ClipId;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.project.ProjectId;

/**
 * Films of a project: rendering the cut on the cluster's work queue ({@code RENDER} to ask, {@code VIEW} to watch and
 * play), the films kept, and each platform's verdict on them. Ids of another project are refused ({@code NotAllowed}).
 */
public interface Rendering {

    /**
     * Freezes the cut as it is now into a render plan and queues it as a {@code render.film} job. The job renders in
     * segments kept in the media store, so a render whose node dies resumes elsewhere from its last finished segment,
     * and a later render redoes only the segments that changed.
     *
     * @throws CutNotRenderable when the cut is empty
     */
    RenderJobId request(ProjectId project, RenderSpec spec);

    /**
     * As {@link #request(ProjectId, RenderSpec)}, with some clips drawn straight into the film instead of their takes
     * by the {@link ClipPainting} the studio provides (a clip with no take too): {@code painted} maps a clip of the
     * cut to the description of its pictures. Clips not in the cut are ignored.
     *
     * @throws CutNotRenderable when the cut is empty
     */
    RenderJobId request(ProjectId project, RenderSpec spec, Map<ClipId, String> painted);

    /** Cancels a queued or running render of the project. */
    void cancel(ProjectId project, RenderJobId job);

    /** Queues a failed or cancelled render of the project again (same frozen plan, fresh attempts). Needs {@code RENDER}. */
    void retry(ProjectId project, RenderJobId job);

    /** The project's renders on the queue: running and queued first, then recent finished ones. */
    List<JobStatus> renders(ProjectId project);

    /** The films kept, newest first. */
    List<Film> films(ProjectId project);

    Optional<Film> film(ProjectId project, FilmId film);

    /** What each platform would say of a film of the cut as it is now, before rendering (length, picture, sound). */
    List<PreflightFinding> preflight(ProjectId project, RenderSpec spec);
}
