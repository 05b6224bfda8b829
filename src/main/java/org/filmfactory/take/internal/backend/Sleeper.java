package org.filmfactory.take.internal.backend;

import java.time.Duration;

/** Waits between tries and polls; tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
