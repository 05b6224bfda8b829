package org.filmfactory.factory;

import java.util.Objects;
import java.util.UUID;

/** One "Make film" run. */
public record MakeRunId(UUID value) {

    public MakeRunId {
        Objects.requireNonNull(value, "value");
    }

    public static MakeRunId random() {
        return new MakeRunId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
