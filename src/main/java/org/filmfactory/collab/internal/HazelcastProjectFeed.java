package org.filmfactory.collab.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.collab.Subscription;
import org.filmfactory.project.ProjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link ProjectFeed} over one Hazelcast topic. Each node has exactly one topic listener, which hands each message
 * to the screens attached on this node; so a message crosses the network once per node, not once per screen.
 */
@Component
class HazelcastProjectFeed implements ProjectFeed {

    static final String TOPIC = "collab.project-feed";
    static final String EVERY_PROJECT = "*";
    private static final Logger log = LoggerFactory.getLogger(HazelcastProjectFeed.class);

    private final ITopic<FeedMessage> topic;
    private final UUID registration;
    private final Map<ProjectId, List<Consumer<LiveUpdate>>> byProject = new ConcurrentHashMap<>();
    private final List<BiConsumer<ProjectId, LiveUpdate>> everything = new CopyOnWriteArrayList<>();

    HazelcastProjectFeed(HazelcastInstance hazelcast) {
        this.topic = hazelcast.getTopic(TOPIC);
        this.registration = topic.addMessageListener(message -> deliverLocally(message.getMessageObject()));
    }

    @Override
    public void publish(ProjectId projectId, LiveUpdate update) {
        topic.publish(new FeedMessage(projectId.toString(), update));
    }

    @Override
    public void broadcast(LiveUpdate update) {
        topic.publish(new FeedMessage(EVERY_PROJECT, update));
    }

    @Override
    public Subscription subscribe(ProjectId projectId, Consumer<LiveUpdate> listener) {
        byProject.computeIfAbsent(projectId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byProject.computeIfPresent(projectId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    @Override
    public Subscription subscribeAll(BiConsumer<ProjectId, LiveUpdate> listener) {
        everything.add(listener);
        return () -> everything.remove(listener);
    }

    /** Hands an update to this node's listeners only (presence changes arrive here from map events). */
    void deliverLocally(FeedMessage message) {
        var update = message.update();
        if (EVERY_PROJECT.equals(message.projectId())) {
            byProject.forEach((projectId, listeners) -> deliverTo(projectId, listeners, update));
            return;
        }
        var projectId = new ProjectId(UUID.fromString(message.projectId()));
        deliverTo(projectId, byProject.getOrDefault(projectId, List.of()), update);
    }

    private void deliverTo(ProjectId projectId, List<Consumer<LiveUpdate>> listeners, LiveUpdate update) {
        for (var listener : listeners) {
            deliver(() -> listener.accept(update));
        }
        for (var listener : everything) {
            deliver(() -> listener.accept(projectId, update));
        }
    }

    private static void deliver(Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            // One broken screen must not stop the others from hearing about the change.
            log.warn("A live update listener failed", e);
        }
    }

    int listenerCount() {
        return byProject.values().stream().mapToInt(List::size).sum() + everything.size();
    }

    @PreDestroy
    void stop() {
        try {
            topic.removeMessageListener(registration);
        } catch (RuntimeException e) {
            log.debug("Feed listener already gone with the cluster member: {}", e.getMessage());
        }
    }

    /**
     * What travels between nodes: the project and the update, both by zero-config compact serialization (the
     * update's own record is written as a nested compact value under its class name).
     *
     * @param projectId the project, or {@link #EVERY_PROJECT}
     */
    record FeedMessage(String projectId, LiveUpdate update) {
    }
}
