package org.filmfactory.factory.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.filmfactory.factory.BatchId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link BatchSignal} over one small Hazelcast topic carrying a batch id. A batch spans many projects, so the project
 * feed does not fit: a page would have to follow every project of the batch. Each node has one topic listener that
 * hands the change to the pages of that batch open on it.
 */
@Component
class HazelcastBatchSignal implements BatchSignal {

    static final String TOPIC = "factory.batch-signal";
    private static final Logger LOG = LoggerFactory.getLogger(HazelcastBatchSignal.class);

    private final ITopic<Change> topic;
    private final UUID registration;
    private final Map<BatchId, List<Consumer<BatchId>>> byBatch = new ConcurrentHashMap<>();

    HazelcastBatchSignal(HazelcastInstance hazelcast) {
        this.topic = hazelcast.getTopic(TOPIC);
        this.registration = topic.addMessageListener(message -> deliver(message.getMessageObject()));
    }

    /** Inside a transaction, once it commits: a page that reloaded on the signal earlier would read the old rows. */
    @Override
    public void changed(BatchId batch) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(batch);
                }
            });
        } else {
            send(batch);
        }
    }

    private void send(BatchId batch) {
        try {
            topic.publish(new Change(batch.toString()));
        } catch (RuntimeException e) {
            // Only screens miss a refresh; the rows hold the truth and the next change brings them up to date.
            LOG.debug("Batch change not signalled: {}", e.getMessage());
        }
    }

    @Override
    public AutoCloseable listen(BatchId batch, Consumer<BatchId> listener) {
        byBatch.computeIfAbsent(batch, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byBatch.computeIfPresent(batch, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    private void deliver(Change change) {
        var batch = new BatchId(UUID.fromString(change.batch()));
        for (var listener : byBatch.getOrDefault(batch, List.of())) {
            try {
                listener.accept(batch);
            } catch (RuntimeException e) {
                LOG.warn("A batch listener failed", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        try {
            topic.removeMessageListener(registration);
        } catch (RuntimeException e) {
            LOG.debug("Batch signal listener already gone with the cluster member: {}", e.getMessage());
        }
    }

    /** What travels between nodes: which batch changed (compact serialization). */
    record Change(String batch) {
    }
}
