package org.filmfactory.platform.internal;

import com.hazelcast.core.HazelcastInstanceNotActiveException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.ErrorHandler;

/**
 * Errors of the studio's scheduled work (writing scripts, heartbeats, retries). Once this node's cluster member has
 * stopped, every tick of every such task fails the same way, ten times a second: that is said once, with its cause,
 * instead of as thousands of stack traces (issue 10); the health probes report the node DOWN meanwhile. Any other
 * failure is logged each time, with its stack trace.
 */
@Component
class ScheduledWorkErrors implements ErrorHandler, ThreadPoolTaskSchedulerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledWorkErrors.class);

    private final AtomicBoolean memberGoneReported = new AtomicBoolean();

    @Override
    public void customize(org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler scheduler) {
        scheduler.setErrorHandler(this);
    }

    @Override
    public void handleError(Throwable failure) {
        if (failure instanceof HazelcastInstanceNotActiveException) {
            if (memberGoneReported.compareAndSet(false, true)) {
                log.error("This node's cluster member has stopped, so its scheduled work cannot run; the node reports"
                        + " DOWN and should be restarted. Cause: {}", failure.toString());
            }
            return;
        }
        log.error("Scheduled work failed", failure);
    }
}
