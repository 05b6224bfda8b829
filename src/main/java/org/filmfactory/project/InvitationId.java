package org.filmfactory.project;

import java.util.Objects;
import java.util.UUID;

/** An invitation's identity (not its secret token). */
public record InvitationId(UUID value) {

    public InvitationId {
        Objects.requireNonNull(value, "invitation id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
