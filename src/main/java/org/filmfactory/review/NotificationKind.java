package org.filmfactory.review;

/** What a notification tells its recipient. */
public enum NotificationKind {
    /** Someone mentioned the recipient in a comment. */
    MENTION,
    /** Someone replied in a thread the recipient started. */
    REPLY,
    /** A shot whose selected take the recipient made was approved. */
    APPROVED,
    /** Changes were requested on a shot whose selected take the recipient made. */
    CHANGES,
    /** Someone joined a project the recipient owns. */
    JOINED;

    /** Whether it also goes out by e-mail (when SMTP is configured and the recipient wants mail). */
    public boolean mailed() {
        return this == MENTION || this == APPROVED || this == CHANGES;
    }
}
