package org.filmfactory.screenplay;

import org.filmfactory.collab.LiveUpdate;

/**
 * Where someone's cursor is in the script, sent to everyone else's editor as a live update (JSON subject).
 *
 * @param editorId the editor it belongs to (one person may have the script open twice)
 * @param userId the person, so their cursor goes when they leave the project
 * @param colorIndex the person's colour on every screen ({@link org.filmfactory.collab.Attendee#colorOf})
 * @param revision the revision the positions refer to
 */
public record ScriptCursor(String editorId, String userId, String name, int colorIndex, long revision, int anchor,
        int head) {

    public static final String LIVE_KIND = "script-cursor";

    static LiveUpdate of(ScriptCursor cursor) {
        return new LiveUpdate(LIVE_KIND, cursor.editorId() + "\n" + cursor.userId() + "\n" + cursor.colorIndex()
                + "\n" + cursor.revision() + "\n" + cursor.anchor() + "\n" + cursor.head() + "\n" + cursor.name());
    }

    /** The cursor a live update carries. */
    public static ScriptCursor from(LiveUpdate update) {
        var parts = update.subject().split("\n", 7);
        return new ScriptCursor(parts[0], parts[1], parts[6], Integer.parseInt(parts[2]), Long.parseLong(parts[3]),
                Integer.parseInt(parts[4]), Integer.parseInt(parts[5]));
    }
}
