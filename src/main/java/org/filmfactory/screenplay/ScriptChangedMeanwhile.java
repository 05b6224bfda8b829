package org.filmfactory.screenplay;

import org.filmfactory.platform.UserFacingException;

/**
 * A save was based on an older revision than the one stored: someone else saved in between. Nothing was written;
 * the person keeps their text and decides what to do with both.
 */
public class ScriptChangedMeanwhile extends UserFacingException {

    private final long currentRevision;

    public ScriptChangedMeanwhile(long currentRevision, String revisedBy) {
        super("screenplay.error.changed-meanwhile", revisedBy, currentRevision);
        this.currentRevision = currentRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
