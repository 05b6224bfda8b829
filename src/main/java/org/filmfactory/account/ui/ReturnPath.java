package org.filmfactory.account.ui;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where to go after signing up. Only a path inside the studio is accepted, so a crafted link cannot send a new
 * member to another site.
 */
record ReturnPath(String path) {

    private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9/_\\-]{0,200}$");

    static Optional<ReturnPath> parse(String candidate) {
        var path = candidate.startsWith("/") ? candidate.substring(1) : candidate;
        return SAFE.matcher(path).matches() && !path.contains("//") ? Optional.of(new ReturnPath(path)) : Optional.empty();
    }
}
