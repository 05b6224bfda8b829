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

    /**
     * Makes {@code steps} the next revisions. Steps based on the current revision are taken as they are; with
     * {@code rebase}, steps based on an older revision still in the kept tail are moved over the steps accepted
     * since, dropping those the same editor already got accepted. Otherwise an older base is answered
     * {@link Outcome#BEHIND}. All steps are taken or none.
     */
    Verdict accept(ProjectId projectId, long base, List<LoggedStep> steps, boolean rebase);

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
     * @param reasonKey why the steps were refused: a message key for the sender ({@code ""} unless refused)
     * @param reasonArguments the key's arguments
     * @param accepted the changes of the steps that became revisions {@code revision - accepted.length + 1 …}, moved
     *     over what was accepted since their base, in the canonical JSON the log keeps (empty unless accepted)
     * @param skipped how many leading steps were dropped because the log already had them from the same editor;
     *     {@code accepted[i]} is sent step {@code skipped + i}
     */
    record Verdict(Outcome outcome, long revision, String reasonKey, String[] reasonArguments, String[] accepted,
            int skipped) {

        static Verdict behind(long revision) {
            return new Verdict(Outcome.BEHIND, revision, "", new String[0], new String[0], 0);
        }

        static Verdict refused(long revision, String reasonKey, String... arguments) {
            return new Verdict(Outcome.REFUSED, revision, reasonKey, arguments, new String[0], 0);
        }
    }

    enum Outcome {
        ACCEPTED, BEHIND, REFUSED
    }
}
