package org.filmfactory.platform;

import org.jspecify.annotations.Nullable;

/**
 * A long piece of work to run somewhere in the cluster.
 *
 * @param kind which {@link JobHandler} runs it, e.g. {@code take.generate}
 * @param group whose job it is for fairness and for watching: a project id as text
 * @param title what people see in job lists, e.g. "Scene 3, shot 2"
 * @param payload what the handler needs, small (ids and choices, not media), usually JSON
 * @param priority higher runs first; within one priority, groups take turns (fairness between projects)
 * @param heavy whether it counts against the node's bounded number of heavy jobs (encoding, rendering)
 * @param requestedBy the user id (text) who asked for it, or null for the system
 */
public record JobRequest(String kind, String group, UserMessage title, String payload, int priority, boolean heavy,
        @Nullable String requestedBy) {

    public static final int NORMAL = 0;
    public static final int HIGH = 10;
    public static final int LOW = -10;
}
