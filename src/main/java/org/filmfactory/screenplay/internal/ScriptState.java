package org.filmfactory.screenplay.internal;

import java.util.Arrays;

/**
 * A script's live state in the cluster: the text at {@code revision}, the steps that led there from
 * {@code baseText} at {@code baseRevision} (step i makes revision baseRevision + 1 + i), and how far the database
 * has caught up. Steps the database does not have yet are never dropped, so a database outage delays the write but
 * loses nothing while one replica of the entry survives.
 *
 * @param persistedRevision the last revision whose step is in the database
 * @param snapshotRevision the revision of the text last written to the screenplay table
 * @param lastChangeAt epoch milliseconds of the last accepted step (snapshots wait for a pause in typing), or of the
 *     loading, so the idle clean-up does not release a script someone has only just opened
 */
public record ScriptState(String text, long revision, String baseText, long baseRevision, LoggedStep[] steps,
        long persistedRevision, long snapshotRevision, long lastChangeAt) {

    static ScriptState loaded(String text, long revision, long snapshotRevision) {
        return new ScriptState(text, revision, text, revision, new LoggedStep[0], revision, snapshotRevision, 0);
    }

    /** This state as loaded at {@code at}: it counts as used from then on, not as idle since long ago. */
    ScriptState loadedAt(long at) {
        return new ScriptState(text, revision, baseText, baseRevision, steps, persistedRevision, snapshotRevision,
                Math.max(lastChangeAt, at));
    }

    /** The steps after {@code revision}, or null when they are no longer kept here. */
    LoggedStep[] stepsAfter(long revision) {
        if (revision < baseRevision || revision > this.revision) {
            return null;
        }
        return Arrays.copyOfRange(steps, (int) (revision - baseRevision), steps.length);
    }

    /** The text at an earlier revision still covered by the kept steps, or null. */
    String textAt(long wanted) {
        if (wanted == revision) {
            return text;
        }
        if (wanted < baseRevision || wanted > revision) {
            return null;
        }
        var at = baseText;
        for (int i = 0; i < wanted - baseRevision; i++) {
            at = TextChange.fromJson(steps[i].changes(), at.length()).apply(at);
        }
        return at;
    }

    /** This state with {@code more} steps applied, and steps already in the database dropped beyond {@code keep}. */
    ScriptState advance(String newText, LoggedStep[] more, int keep, long at) {
        var all = Arrays.copyOf(steps, steps.length + more.length);
        System.arraycopy(more, 0, all, steps.length, more.length);
        var base = baseText;
        long baseRev = baseRevision;
        int drop = 0;
        while (all.length - drop > keep && baseRev < persistedRevision) {
            base = TextChange.fromJson(all[drop].changes(), base.length()).apply(base);
            baseRev++;
            drop++;
        }
        if (drop > 0) {
            all = Arrays.copyOfRange(all, drop, all.length);
        }
        return new ScriptState(newText, revision + more.length, base, baseRev, all, persistedRevision,
                snapshotRevision, at);
    }

    ScriptState persisted(long upTo, long snapshot) {
        return new ScriptState(text, revision, baseText, baseRevision, steps, Math.max(persistedRevision, upTo),
                Math.max(snapshotRevision, snapshot), lastChangeAt);
    }
}
