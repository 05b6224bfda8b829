package org.filmfactory.collab;

/** A listener's hold on a feed; closing it stops deliveries (call it from {@code onDetach}). */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
