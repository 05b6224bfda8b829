package org.filmfactory.cut;

import java.io.InputStream;
import java.util.Optional;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.project.ProjectId;

/**
 * The project's music: the built-in score (default) or an uploaded track, and the bed a render mixes under the voices.
 * Reads need {@code VIEW}; changes {@code EDIT_CUT}.
 */
public interface Music {

    MusicChoice choice(ProjectId project);

    void choose(ProjectId project, MusicChoice choice);

    /**
     * Uses an uploaded track (probed by content like any upload) as the music.
     *
     * @throws org.filmfactory.platform.MediaRefused when it is not sound, too large, corrupt or truncated
     */
    MusicChoice upload(ProjectId project, String fileName, InputStream content, long declaredSize);

    /**
     * The music bed for the cut as a WAV in the media store, made when missing (the score for the cut's scenes and
     * their lengths, cached by what it depends on); empty when the choice is none.
     */
    Optional<MediaKey> bed(ProjectId project, CutSnapshot cut);
}
