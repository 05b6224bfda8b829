package org.filmfactory.review.internal.notify;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.account.UserId;
import org.filmfactory.collab.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link NotificationSignal} over one small Hazelcast topic carrying only a user id. A notification is personal and
 * the bell sits on every screen, not in one project, so it is not a project feed update: the project feed would
 * carry it to every viewer of the project and the bell would have to follow all of its person's projects. Each node
 * has one topic listener, which hands a ring to the bells of that person open on this node.
 */
@Component
class HazelcastNotificationSignal implements NotificationSignal {

    static final String TOPIC = "review.notification-signal";
    private static final Logger log = LoggerFactory.getLogger(HazelcastNotificationSignal.class);

    private final ITopic<Ring> topic;
    private final UUID registration;
    private final Map<UserId, List<Runnable>> byUser = new ConcurrentHashMap<>();

    HazelcastNotificationSignal(HazelcastInstance hazelcast) {
        this.topic = hazelcast.getTopic(TOPIC);
        this.registration = topic.addMessageListener(message -> deliver(message.getMessageObject()));
    }

    @Override
    public void ring(UserId user) {
        topic.publish(new Ring(user.value().toString()));
    }

    @Override
    public Subscription listen(UserId user, Runnable listener) {
        byUser.computeIfAbsent(user, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byUser.computeIfPresent(user, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    private void deliver(Ring ring) {
        var user = new UserId(UUID.fromString(ring.userId()));
        for (var listener : byUser.getOrDefault(user, List.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // One broken bell must not keep the person's other tabs from hearing.
                log.warn("A notification listener failed", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        try {
            topic.removeMessageListener(registration);
        } catch (RuntimeException e) {
            log.debug("Signal listener already gone with the cluster member: {}", e.getMessage());
        }
    }

    /** What travels between nodes: whose notifications changed (compact serialization). */
    record Ring(String userId) {
    }
}
