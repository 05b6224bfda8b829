package org.filmfactory.factory.internal;

import java.util.function.Consumer;
import org.filmfactory.factory.BatchId;

/** "Something in this batch changed", to every node, for the batch pages open there. Fire and forget. */
interface BatchSignal {

    void changed(BatchId batch);

    /** Calls {@code listener} on a background thread for each change of {@code batch} until the handle is closed. */
    AutoCloseable listen(BatchId batch, Consumer<BatchId> listener);
}
