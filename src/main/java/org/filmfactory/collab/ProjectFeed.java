package org.filmfactory.collab;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.filmfactory.project.ProjectId;

/**
 * One road for live updates: published on any node, delivered to the listeners on every node. Listeners are called
 * on a cluster event thread; a UI listener must hand over with {@code ui.access}.
 */
public interface ProjectFeed {

    void publish(ProjectId projectId, LiveUpdate update);

    /** An update that concerns every project (a person renamed themself): delivered to every project listener. */
    void broadcast(LiveUpdate update);

    Subscription subscribe(ProjectId projectId, Consumer<LiveUpdate> listener);

    /** Updates of every project, for screens that list many (the project list). */
    Subscription subscribeAll(BiConsumer<ProjectId, LiveUpdate> listener);
}
