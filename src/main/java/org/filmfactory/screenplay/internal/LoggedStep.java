package org.filmfactory.screenplay.internal;

/**
 * An accepted step as the script log keeps it: who sent it from which editor, when, and the change in its canonical
 * JSON form.
 *
 * @param author the id of the person whose editor sent it
 * @param acceptedAt when the authority took it, in epoch milliseconds (set by the caller, so a backup replica that
 *     replays the same operation stores the same value)
 */
public record LoggedStep(String clientId, String changes, String author, long acceptedAt) {
}
