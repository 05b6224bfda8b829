package org.filmfactory.take;

/** How a generator reports while it works; backed by the job's context. */
public interface GenerationProgress {

    /** @param stageKey a translation key, e.g. {@code take.stage.drawing} */
    void progress(int percent, String stageKey);

    /** Whether the job was cancelled or its node is shutting down: stop soon. */
    boolean stopping();
}
