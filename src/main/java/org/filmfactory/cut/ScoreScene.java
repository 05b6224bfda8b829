package org.filmfactory.cut;

/**
 * What the built-in score needs to know of one scene to set its mood.
 *
 * @param heading the scene heading, e.g. {@code EXT. HARBOUR - NIGHT} or {@code 外景 码头 夜}
 * @param text the scene's action and dialogue, for its tone (words like "storm", "laughs", "哭")
 * @param seconds how long the scene plays in the cut
 */
public record ScoreScene(String heading, String text, double seconds) {
}
