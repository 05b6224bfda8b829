package org.filmfactory.cut;

/**
 * How a clip begins after the one before it. Lengths are in frames ({@link Clip#transitionFrames()}).
 * <ul>
 * <li>{@link #CUT}: straight cut, no frames shared.</li>
 * <li>{@link #CROSSFADE}: the clip starts {@code transitionFrames} before the previous one ends and fades in over
 *     it, so the cut is that much shorter than the sum of its clips.</li>
 * <li>{@link #DIP_TO_BLACK}: the previous clip fades to black over its last {@code transitionFrames / 2} frames and
 *     this one fades in from black over its first {@code transitionFrames - transitionFrames / 2}; nothing overlaps.</li>
 * </ul>
 * The first clip's transition applies against the title card, or black when there is none.
 */
public enum Transition {
    CUT,
    CROSSFADE,
    DIP_TO_BLACK
}
