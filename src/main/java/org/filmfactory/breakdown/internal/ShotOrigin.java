package org.filmfactory.breakdown.internal;

/** What a shot stands for in the script: the rule that made it, or a director who added it. */
public enum ShotOrigin {
    /** A wide shot that opens a scene in a new location; anchored to the heading. */
    ESTABLISHING,
    /** One action paragraph. */
    ACTION,
    /** One dialogue block. */
    DIALOGUE,
    /** Both sides of dual dialogue, in one two-shot. */
    DUAL_DIALOGUE,
    /** Added by a director (directly, or as the second half of a split); no script text of its own. */
    DIRECTOR;

    /** Whether shots of this origin come from the rules and are anchored to script text. */
    public boolean fromRules() {
        return this != DIRECTOR;
    }
}
