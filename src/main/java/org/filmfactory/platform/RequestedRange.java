package org.filmfactory.platform;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an HTTP {@code Range} header asks of a file of known size (RFC 9110 §14): the whole file, one slice of it, or
 * nothing it holds. Only single byte ranges are served as slices — {@code bytes=a-b}, {@code bytes=a-} and the suffix
 * {@code bytes=-n}, which is all {@code <video>} seeking uses; a header that is not one of these (other units, several
 * ranges, bad syntax, {@code a > b}) is ignored and the whole file is sent, as the RFC allows.
 */
sealed interface RequestedRange {

    /** Send everything, {@code 200}. */
    record WholeFile() implements RequestedRange {
    }

    /** Send {@code length} bytes from {@code offset}, {@code 206} with {@code Content-Range}. */
    record Slice(long offset, long length) implements RequestedRange {

        long last() {
            return offset + length - 1;
        }
    }

    /** The range starts beyond the end (or asks for the last zero bytes): {@code 416}. */
    record Unsatisfiable() implements RequestedRange {
    }

    Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    /** More digits than a {@code long} holds certainly lie beyond any file. */
    int MAX_DIGITS = 18;

    static RequestedRange of(@Nullable String header, long size) {
        if (header == null) {
            return new WholeFile();
        }
        var matcher = SINGLE.matcher(header.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return new WholeFile();
        }
        if (matcher.group(1).isEmpty()) {
            long suffix = number(matcher.group(2));
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            long length = Math.min(suffix, size);
            return new Slice(size - length, length);
        }
        long first = number(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? Long.MAX_VALUE : number(matcher.group(2));
        if (last < first) {
            return new WholeFile();
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        return new Slice(first, Math.min(last, size - 1) - first + 1);
    }

    private static long number(String digits) {
        return digits.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
