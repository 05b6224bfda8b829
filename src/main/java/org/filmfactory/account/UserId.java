package org.filmfactory.account;

import java.util.Objects;
import java.util.UUID;

/** A person's identity in the studio, stable across e-mail and name changes. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses an id that came from outside (URL, form); a malformed one is refused as unknown. */
    public static UserId parse(String text) {
        try {
            return new UserId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new UnknownUser();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
