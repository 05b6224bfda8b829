package org.filmfactory.fountain;

/**
 * One element of a Fountain screenplay, in file order. The family is closed: handle it with a {@code switch} over
 * the permitted records. Every element knows the 1-based lines of the file it was read from (CRLF, CR and LF each
 * end a line; a leading byte order mark is not part of line 1). Text that prints carries its emphasis as
 * {@link TextRun}s, with inline notes, escapes' backslashes and emphasis markers taken out.
 */
public sealed interface ScriptElement
        permits SceneHeading, Action, CharacterCue, Dialogue, Parenthetical, Lyric, Transition, Centered, PageBreak,
        Section, Synopsis, Note {

    /** The line the element starts on, 1-based. */
    int firstLine();

    /** The line the element ends on, 1-based; equal to {@link #firstLine()} for one-line elements. */
    int lastLine();
}
