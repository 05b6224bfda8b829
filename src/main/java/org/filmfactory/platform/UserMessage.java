package org.filmfactory.platform;

import java.util.List;

/**
 * A sentence for users, kept as a translation key and its arguments so each reader sees it in their own language
 * (a job's title, stage or failure is stored once and read by people with different locales).
 */
public record UserMessage(String key, List<String> arguments) {

    public UserMessage {
        arguments = List.copyOf(arguments);
    }

    public static UserMessage of(String key, Object... arguments) {
        return new UserMessage(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message of an exception a user can act on. */
    public static UserMessage of(UserFacingException failure) {
        return of(failure.messageKey(), failure.arguments());
    }
}
