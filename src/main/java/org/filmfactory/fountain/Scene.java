package org.filmfactory.fountain;

import java.util.List;

/**
 * A scene: its heading and everything after it up to the next heading.
 *
 * @param number the scene's position in the script, from 1 (the written scene number is in the heading)
 * @param line the heading's line
 * @param lastLine the last line of the scene's last element
 * @param characters the speaking characters (normalized cue names, {@link CharacterCue#normalizedName()}) in order of
 *     first appearance, each once
 * @param dialogues the number of dialogue blocks (each side of dual dialogue counts)
 * @param actions the number of action paragraphs
 * @param eighths the estimated length in eighths of a page, at least 1: lines as printed in Courier 12 pt (action,
 *     headings, transitions and centered text 60 columns wide, dialogue and lyrics 35, parentheticals 25, Chinese
 *     and other wide characters taking two columns; a blank line after each heading, paragraph and dialogue block),
 *     at 55 lines a page, rounded to the nearest eighth
 */
public record Scene(int number, SceneHeading heading, int line, int lastLine, Setting setting, String location,
        String timeOfDay, List<String> characters, int dialogues, int actions, int eighths) {

    public Scene {
        characters = List.copyOf(characters);
    }
}
