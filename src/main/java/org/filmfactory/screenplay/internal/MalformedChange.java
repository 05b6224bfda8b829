package org.filmfactory.screenplay.internal;

/**
 * A change sent from outside (a browser's CodeMirror {@code ChangeSet} as JSON, or a range to replace) that is not
 * well formed or does not fit the script it is meant for. The message says why in plain English, for the log; it
 * is not shown to users, since a correct editor never sends such a change.
 */
public final class MalformedChange extends RuntimeException {

    public MalformedChange(String reason) {
        super(reason);
    }
}
