package org.filmfactory.render;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.filmfactory.platform.Loudness;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.project.ProjectId;

/**
 * A rendered film of a project, kept until newer ones push it out ({@code filmfactory.render.keep-films}).
 *
 * @param id its id
 * @param project the project
 * @param preset what it was rendered as
 * @param subtitles whether subtitles are burned in
 * @param made when it finished
 * @param madeBy the display name of who asked for it
 * @param cutRevision the cut revision it was rendered from
 * @param scriptRevision the script revision that cut was based on
 * @param duration its length
 * @param frames its video frames
 * @param bytes the MP4's size
 * @param loudness measured on the MP4
 * @param film the MP4 in the media store
 * @param srt the SubRip subtitles
 * @param vtt the WebVTT subtitles
 * @param findings what the platforms would say of it (empty: fine everywhere)
 */
public record Film(FilmId id, ProjectId project, Preset preset, boolean subtitles, Instant made, String madeBy,
        long cutRevision, long scriptRevision, Duration duration, long frames, long bytes, Loudness loudness,
        MediaKey film, MediaKey srt, MediaKey vtt, List<PreflightFinding> findings) {

    public Film {
        findings = List.copyOf(findings);
    }
}
