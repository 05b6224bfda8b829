package org.filmfactory.platform;

import java.util.Objects;
import java.util.UUID;

/** A job's identity on the {@link WorkQueue}. */
public record JobId(UUID value) {

    public JobId {
        Objects.requireNonNull(value, "job id");
    }

    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
