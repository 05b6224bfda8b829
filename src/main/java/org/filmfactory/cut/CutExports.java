package org.filmfactory.cut;

import org.filmfactory.project.ProjectId;

/**
 * The cut handed to finishing tools (Resolve, Premiere, Final Cut): OpenTimelineIO and CMX3600 EDL that reference the
 * take files by name, plus the subtitles as SRT. Needs {@code VIEW}.
 */
public interface CutExports {

    /** OpenTimelineIO JSON (schemas of OTIO 0.18: Timeline.1, Stack.1, Track.1, Clip.2, Gap.1, Transition.1, …). */
    byte[] otio(ProjectId project);

    /** A CMX3600 EDL of the picture, one event per clip, dissolves for crossfades. */
    byte[] edl(ProjectId project);

    /** The dialogue as SubRip, timed like the film. */
    byte[] srt(ProjectId project);
}
