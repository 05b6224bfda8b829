package org.filmfactory.platform;

/** What a running job sees of itself. Given to {@link JobHandler#run}; valid only during that call. */
public interface JobContext {

    JobId id();

    String group();

    String payload();

    /** How many times this job was started before this run, from 0 (a takeover after a node's death counts). */
    int attempt();

    /** Reports progress; cheap to call per frame (the queue passes it on a few times a second at most). */
    void progress(int percent, UserMessage stage);

    /** Whether someone cancelled the job or this node is handing it back; stop soon and return. */
    boolean stopping();
}
