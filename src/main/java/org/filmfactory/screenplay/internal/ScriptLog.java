package org.filmfactory.screenplay.internal;

import java.util.List;
import java.util.Set;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * The authority that orders every change to a script: one live state per script in the cluster, changed atomically
 * on the member that owns it, so every node sees one order of revisions. Scripts not in the cluster are loaded from
 * the database on first use.
 */
public interface ScriptLog {

    /** Makes {@code steps} revisions {@code base + 1 …} if {@code base} is the current revision. */
    Verdict accept(ProjectId projectId, long base, List<LoggedStep> steps);

    /** The live text and revision. */
    ScriptState current(ProjectId projectId);

    /** The steps after {@code revision}, or null when the log no longer keeps them (or never had that revision). */
    @Nullable List<LoggedStep> since(ProjectId projectId, long revision);

    /** The text at an earlier revision the log still covers, or null. */
    @Nullable String textAt(ProjectId projectId, long revision);

    /** The scripts whose live state this member owns: it writes them to the database. */
    Set<ProjectId> ownedHere();

    /** Notes that the database has the steps up to {@code upTo} and the text at {@code snapshot}. */
    void markPersisted(ProjectId projectId, long upTo, long snapshot);

    /** Forgets a deleted project's script at once, written or not: there is nothing left to write it to. */
    void forget(ProjectId projectId);

    /** Drops a script that is fully in the database and unused, to free memory; false if it was in use again. */
    boolean release(ProjectId projectId, long idleSince);

    /**
     * The authority's answer.
     *
     * @param outcome what happened
     * @param revision the revision after the call
     * @param reason why a step was refused, for the sender
     * @param accepted the accepted steps' changes in the canonical JSON the log keeps (empty unless accepted)
     */
    record Verdict(Outcome outcome, long revision, String reason, String[] accepted) {

        static Verdict behind(long revision) {
            return new Verdict(Outcome.BEHIND, revision, "", new String[0]);
        }

        static Verdict refused(long revision, String reason) {
            return new Verdict(Outcome.REFUSED, revision, reason, new String[0]);
        }
    }

    enum Outcome {
        ACCEPTED, BEHIND, REFUSED
    }
}
