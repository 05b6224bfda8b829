package org.filmfactory.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a screen's refresh at most once per {@code interval}, however many changes arrive: a "generate all" of a
 * feature film makes thousands of job updates a minute, a reviewer resolving twenty threads makes twenty, and each
 * browser should get a few pushes a second, not one per update. Thread-safe: {@link #request} may be called from any
 * thread; the refresh runs under the UI's lock.
 */
public final class Coalescer {

    private final Duration interval;
    private final Runnable refresh;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public Coalescer(Duration interval, Runnable refresh) {
        this.interval = interval;
        this.refresh = refresh;
    }

    /** Asks for a refresh of {@code ui}; the first request in an interval schedules it, the others join it. */
    public void request(UI ui) {
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
