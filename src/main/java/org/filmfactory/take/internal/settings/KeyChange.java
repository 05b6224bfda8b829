package org.filmfactory.take.internal.settings;

/** What to do with a backend's stored API key when its settings are saved. */
public sealed interface KeyChange {

    /** Leave the stored key (or its absence) as it is. */
    record Keep() implements KeyChange {
    }

    /** Seal and store a new key. */
    record Replace(String apiKey) implements KeyChange {

        @Override
        public String toString() {
            return "Replace[••••]";
        }
    }

    /** Forget the stored key. */
    record Clear() implements KeyChange {
    }
}
