package org.filmfactory.platform.ui;

import java.util.function.Consumer;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.WorkQueue;
import org.jspecify.annotations.Nullable;

/**
 * A screen's watch on one group of the cluster work queue, held while the screen is attached: {@link #start} on
 * attach (or when the screen switches to another project), {@link #stop} on detach. A watch left open after the
 * screen has gone would keep calling a dead UI from every node's changes, so starting again first stops the old one.
 * Not thread-safe: the screen calls it from its UI thread.
 */
public final class QueueWatch {

    private final WorkQueue queue;
    private @Nullable AutoCloseable handle;

    public QueueWatch(WorkQueue queue) {
        this.queue = queue;
    }

    /** Follows {@code group}'s jobs; {@code listener} is called on a background thread (go through a push). */
    public void start(String group, Consumer<JobStatus> listener) {
        stop();
        handle = queue.watch(group, listener);
    }

    public void stop() {
        var open = handle;
        handle = null;
        if (open != null) {
            try {
                open.close();
            } catch (Exception ignored) {
                // Closing a watch only stops deliveries; nothing to recover.
            }
        }
    }
}
