package org.filmfactory.platform;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a piece of media lives in the {@link MediaStore}: a relative path of lower-case safe segments, e.g.
 * {@code projects/3f0c…/takes/9a1e…/clip.mp4}. The first two segments name the owner the quota counts against
 * ({@code projects/<project id>}). Keys are built by code, never taken from a request as they are: a key that does
 * not match the pattern (dots, {@code ..}, backslashes, empty segments) is refused when it is made.
 */
public record MediaKey(String path) {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_.-]*)+");
    private static final int MAX_LENGTH = 512;

    public MediaKey {
        Objects.requireNonNull(path, "media key");
        if (path.length() > MAX_LENGTH || !SAFE.matcher(path).matches() || path.contains("..")) {
            throw new IllegalArgumentException("not a media key: " + path);
        }
    }

    /** Joins segments with {@code /}; each segment must itself be safe. */
    public static MediaKey of(String first, String... more) {
        return new MediaKey(more.length == 0 ? first : first + "/" + String.join("/", more));
    }

    /** The owner the quota counts against: the first two segments ({@code projects/<id>}). */
    public String owner() {
        int first = path.indexOf('/');
        int second = path.indexOf('/', first + 1);
        return second < 0 ? path : path.substring(0, second);
    }

    /** The last segment, e.g. {@code clip.mp4}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return path;
    }
}
