package org.filmfactory.screenplay;

/**
 * What the script's authority made of a push.
 *
 * @param accepted whether the steps became the next revisions (moved over the steps accepted since their base, if
 *     any); when false the sender's base is older than the live log keeps and it must start again from
 *     {@link ScriptEditing#open}, or take what it missed ({@link ScriptEditing#since}) if that is still there
 * @param revision the script's revision after the push (accepted) or as it stands (behind)
 */
public record PushOutcome(boolean accepted, long revision) {
}
