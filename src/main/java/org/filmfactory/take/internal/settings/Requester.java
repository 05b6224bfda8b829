package org.filmfactory.take.internal.settings;

import java.util.Objects;

/**
 * Who asked for a generation, for usage per member: a stable key (the member's user id as text) and the name shown
 * in the usage table. The take module does not see accounts, so the caller names the person.
 */
public record Requester(String key, String name) {

    public Requester {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (key.isBlank() || key.length() > 64) {
            throw new IllegalArgumentException("a requester key is 1 to 64 characters");
        }
        name = name.length() > 200 ? name.substring(0, 200) : name;
    }
}
