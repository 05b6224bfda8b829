package org.filmfactory.screenplay;

import java.util.Objects;
import java.util.UUID;

/** A kept version of a screenplay. Ids that come from outside go through {@link #parse}, which never throws raw. */
public record ScriptVersionId(UUID value) {

    public ScriptVersionId {
        Objects.requireNonNull(value, "version id");
    }

    /** A malformed id from a URL or form is answered like an unknown version. */
    public static ScriptVersionId parse(String text) {
        if (text.length() > 36) {
            throw new ScriptVersionUnknown();
        }
        try {
            return new ScriptVersionId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ScriptVersionUnknown();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
