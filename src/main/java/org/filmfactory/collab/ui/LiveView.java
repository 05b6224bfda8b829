package org.filmfactory.collab.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.filmfactory.collab.Subscription;
import org.jspecify.annotations.Nullable;

/**
 * A screen that follows live updates while it is attached. Subclasses say what to subscribe to; each delivery
 * comes in on a cluster thread and is handed to the UI thread with {@code ui.access}, where {@link #refresh} runs
 * with the signed-in person's security context.
 */
abstract class LiveView extends Div {

    private final List<Subscription> subscriptions = new ArrayList<>();
    private @Nullable UI ui;

    /** Subscribes while attached; {@code subscribe} gets a runner that brings a delivery onto the UI thread. */
    protected abstract List<Subscription> subscribe(Function<Runnable, Runnable> onUiThread);

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ui = event.getUI();
        startFollowing();
    }

    /**
     * Follows what {@link #subscribe} names now; for a view the router reuses for another project (same route,
     * new parameters), which is not attached again.
     */
    protected void restartFollowing() {
        stopFollowing();
        startFollowing();
    }

    private void startFollowing() {
        var current = ui;
        if (current != null) {
            subscriptions.addAll(subscribe(action -> () -> accessLater(current, action)));
        }
    }

    private void stopFollowing() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopFollowing();
        ui = null;
        super.onDetach(event);
    }

    private static void accessLater(UI ui, Runnable action) {
        if (ui.isAttached()) {
            ui.access(action::run);
        }
    }
}
