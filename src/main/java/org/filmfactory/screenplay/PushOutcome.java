package org.filmfactory.screenplay;

/**
 * What the script's authority made of a push.
 *
 * @param accepted whether the steps became the next revisions; when false the sender was behind and must take the
 *     steps it missed ({@link ScriptEditing#since}), rebase its own onto them and push again
 * @param revision the script's revision after the push (accepted) or as it stands (behind)
 */
public record PushOutcome(boolean accepted, long revision) {
}
