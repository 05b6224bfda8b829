package org.filmfactory.cut;

import java.io.InputStream;
import java.util.List;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.project.ProjectId;

/**
 * Voices for the dialogue: one voice per character (chosen per character and remembered), made offline by
 * espeak-ng by default, by Piper voices from a folder or an OpenAI-compatible speech API when configured, or recorded
 * and uploaded line by line. Reads need {@code VIEW}; choosing and uploading {@code EDIT_CUT}.
 */
public interface Voices {

    /** The voices this studio can use for the project's language(s): offline ones always, others when configured. */
    List<VoiceOption> options(ProjectId project);

    /** Every speaking character of the script with its voice, in order of first line. */
    List<CastVoice> cast(ProjectId project);

    /**
     * Gives a character a voice from {@link #options}.
     *
     * @throws CutChangeRefused {@code cut.error.voice} for an unknown voice or character
     */
    void choose(ProjectId project, String character, String voiceId);

    /**
     * The dialogue of the cut placed in time: each line in the clip of its shot, one after another from the clip's
     * start, spoken with its character's voice. Voices not made yet are made here (cached by line text and voice,
     * so this is fast the second time). A line longer than what is left of its clip is flagged
     * ({@link TimedLine#overrun()}), never shortened.
     */
    List<TimedLine> timedLines(ProjectId project, CutSnapshot cut);

    /**
     * The script's dialogue lines in order of first appearance, once per speaker and text, with their recordings.
     * Needs {@code VIEW}.
     */
    List<DialogueLine> lines(ProjectId project);

    /**
     * A line of the character spoken with their voice, to listen to: their first line, made now when it is not yet
     * (and kept like any made line). Needs {@code VIEW}; the WAV is served at {@code /media/<key>} to members.
     *
     * @throws CutChangeRefused {@code cut.error.voice} for a character who has no line
     */
    MediaKey sample(ProjectId project, String character);

    /**
     * Uses a recording for one line instead of a made voice; it is probed like any upload.
     *
     * @throws org.filmfactory.platform.MediaRefused when it is not sound, too large, corrupt or truncated
     */
    void uploadLine(ProjectId project, String lineKey, String fileName, InputStream content, long declaredSize);
}
