package org.filmfactory.screenplay;

import org.filmfactory.platform.InvalidInput;

/** A version's name is empty, longer than {@link #MAX_LENGTH} characters, or holds line breaks or control characters. */
public class VersionNameRefused extends InvalidInput {

    public static final int MAX_LENGTH = 200;

    private VersionNameRefused(String messageKey, Object... arguments) {
        super("name", messageKey, arguments);
    }

    static VersionNameRefused empty() {
        return new VersionNameRefused("screenplay.history.error.name-empty");
    }

    static VersionNameRefused tooLong() {
        return new VersionNameRefused("screenplay.history.error.name-too-long", MAX_LENGTH);
    }

    static VersionNameRefused characters() {
        return new VersionNameRefused("screenplay.history.error.name-characters");
    }

    /** The name as it will be stored (without surrounding spaces), or the refusal: size first, then characters. */
    static String check(String given) {
        var name = given.strip();
        if (name.isEmpty()) {
            throw empty();
        }
        if (name.length() > MAX_LENGTH) {
            throw tooLong();
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                && c != 0x200D)) {
            throw characters();
        }
        return name;
    }
}
