package org.filmfactory.factory;

import java.util.Objects;
import java.util.UUID;

/** One batch of films. */
public record BatchId(UUID value) {

    public BatchId {
        Objects.requireNonNull(value, "value");
    }

    public static BatchId random() {
        return new BatchId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
