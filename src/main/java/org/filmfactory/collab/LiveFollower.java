package org.filmfactory.collab;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * Ties a component to the live feed: it subscribes while the component is attached and unsubscribes when it is
 * detached, and hands each delivery from the cluster thread to the component's UI with {@code ui.access}, so the
 * handler runs under the UI's session lock with the signed-in person's security context. Deliveries that arrive
 * after the UI has gone are dropped. Every screen that follows a project uses this rather than its own
 * attach/detach code.
 */
@org.springframework.stereotype.Component
public class LiveFollower {

    private final ProjectFeed feed;

    LiveFollower(ProjectFeed feed) {
        this.feed = feed;
    }

    /**
     * Follows one project's updates while {@code component} is attached (at once if it already is).
     *
     * @return a registration that stops following for good; needed only by a screen the router reuses for another
     *     project, since detaching stops the deliveries anyway
     */
    public Registration follow(Component component, ProjectId projectId, Consumer<LiveUpdate> onUpdate) {
        return tie(component, ui -> feed.subscribe(projectId, update -> deliver(ui, () -> onUpdate.accept(update))));
    }

    /** Follows the updates of every project while {@code component} is attached, for screens that list many. */
    public Registration followAll(Component component, BiConsumer<ProjectId, LiveUpdate> onUpdate) {
        return tie(component, ui -> feed.subscribeAll(
                (projectId, update) -> deliver(ui, () -> onUpdate.accept(projectId, update))));
    }

    private static Registration tie(Component component, Function<UI, Subscription> subscribe) {
        var following = new Following(subscribe);
        component.getUI().filter(ui -> component.isAttached()).ifPresent(following::start);
        var attach = component.addAttachListener(event -> following.start(event.getUI()));
        var detach = component.addDetachListener(event -> following.stop());
        return () -> {
            attach.remove();
            detach.remove();
            following.stop();
        };
    }

    private static void deliver(UI ui, Runnable handler) {
        if (!ui.isAttached()) {
            return;
        }
        try {
            ui.access(handler::run);
        } catch (UIDetachedException gone) {
            // The tab closed between the check and the hand-over: nobody is left to refresh.
        }
    }

    /** One component's current subscription; attach and detach run under the session lock. */
    private static final class Following {
        private final Function<UI, Subscription> subscribe;
        private @Nullable Subscription current;

        Following(Function<UI, Subscription> subscribe) {
            this.subscribe = subscribe;
        }

        synchronized void start(UI ui) {
            stop();
            current = subscribe.apply(ui);
        }

        synchronized void stop() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
