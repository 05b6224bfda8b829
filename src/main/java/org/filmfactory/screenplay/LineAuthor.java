package org.filmfactory.screenplay;

import java.time.Instant;
import org.filmfactory.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Who last changed one line of the script, and when. Lines from before the history the studio kept, or changed in
 * steps not yet written, are not attributed: {@code author}, {@code authorName} and {@code at} are then null.
 *
 * @param line the line number as the editor shows it, from 1
 * @param text the line's text, without its line break
 * @param colorIndex the author's colour (0–6), as on avatars and cursors; -1 when not attributed
 */
public record LineAuthor(int line, String text, @Nullable UserId author, @Nullable String authorName,
        @Nullable Instant at, int colorIndex) {
}
