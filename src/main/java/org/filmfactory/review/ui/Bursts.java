package org.filmfactory.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a panel's refresh at most once per {@code interval}, however many review changes arrive (a reviewer resolving
 * twenty threads in a row makes twenty updates; each browser re-reads once). Thread-safe; the refresh runs under the
 * UI's lock. The same idea as the storyboard's, kept here because that one is the take module's own.
 */
final class Bursts {

    private final Duration interval;
    private final Runnable refresh;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    Bursts(Duration interval, Runnable refresh) {
        this.interval = interval;
        this.refresh = refresh;
    }

    void request(UI ui) {
        if (!scheduled.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture.delayedExecutor(interval.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            scheduled.set(false);
            if (!ui.isAttached()) {
                return;
            }
            try {
                ui.access(refresh::run);
            } catch (UIDetachedException gone) {
                // The tab closed meanwhile: nothing left to refresh.
            }
        });
    }
}
