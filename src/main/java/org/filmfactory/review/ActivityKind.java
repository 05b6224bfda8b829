package org.filmfactory.review;

import java.util.Locale;

/** What an entry of a project's activity feed is about; the feed filters by these. */
public enum ActivityKind {
    /** The script was written (one entry per person per few minutes of typing). */
    SCRIPT,
    /** A director or owner edited the shot list. */
    SHOTS,
    /** A take was made, uploaded or selected. */
    TAKES,
    /** A comment or reply was posted. */
    COMMENTS,
    /** A shot was approved or changes were requested. */
    DECISIONS,
    /** Someone joined or left the crew, or got another role. */
    CREW;

    /** Translation key of its label, e.g. {@code activity.kind.script}. */
    public String key() {
        return "activity.kind." + name().toLowerCase(Locale.ROOT);
    }
}
