package org.filmfactory.take.internal.settings;

import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Collectors;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.take.ShotBrief;

/**
 * The prompt an AI backend gets for a shot when the director has not written one: what the shot frames, where and
 * when, who is in it, what happens or is said, how the camera moves, and the project's style line. It is English
 * framing around the script's own words (models follow English framing best; the script's text, in any language,
 * is quoted as written). The same brief and style line always give the same prompt.
 */
public final class Prompts {

    /** Prompts longer than this are cut at a word: image APIs refuse very long prompts (OpenAI: 4 000 chars). */
    public static final int MAX_LENGTH = 3_000;

    private Prompts() {
    }

    public static String build(ShotBrief brief, String styleLine) {
        var parts = new ArrayList<String>();
        var style = styleLine.strip();
        if (!style.isEmpty()) {
            parts.add(sentence(style));
        }
        var frame = new StringBuilder(capitalize(shotType(brief.type())));
        if (!brief.subjects().isEmpty()) {
            frame.append(" of ").append(String.join(", ", brief.subjects()));
        }
        var place = brief.location().strip();
        if (!place.isEmpty()) {
            frame.append(", ").append(setting(brief.setting())).append(' ').append(place);
        }
        var time = brief.timeOfDay().strip();
        if (!time.isEmpty()) {
            frame.append(", ").append(time.toLowerCase(Locale.ROOT));
        }
        parts.add(sentence(frame.toString()));
        var description = brief.description().strip();
        if (!description.isEmpty()) {
            parts.add(sentence(description));
        }
        var action = brief.lines().stream().filter(line -> line.kind() == ShotBrief.Line.Kind.ACTION)
                .map(line -> line.text().strip()).filter(text -> !text.isEmpty() && !text.equals(description))
                .collect(Collectors.joining(" "));
        if (!action.isEmpty()) {
            parts.add(sentence(action));
        }
        var dialogue = brief.lines().stream().filter(line -> line.kind() == ShotBrief.Line.Kind.DIALOGUE)
                .map(line -> (line.character() == null ? "" : line.character() + " says: ")
                        + "\"" + line.text().strip() + "\"")
                .collect(Collectors.joining(" "));
        if (!dialogue.isEmpty()) {
            parts.add(dialogue);
        }
        if (brief.move() != CameraMove.STATIC) {
            parts.add(sentence("Camera: " + brief.move().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        return cut(String.join(" ", parts));
    }

    private static String shotType(ShotType type) {
        return switch (type) {
            case WIDE -> "wide shot";
            case MEDIUM -> "medium shot";
            case CLOSE_UP -> "close-up";
            case EXTREME_CLOSE_UP -> "extreme close-up";
            case OVER_THE_SHOULDER -> "over-the-shoulder shot";
            case INSERT -> "insert shot";
            case POV -> "point-of-view shot";
            case TWO_SHOT -> "two-shot";
        };
    }

    private static String setting(BreakdownScene.Setting setting) {
        return switch (setting) {
            case INTERIOR -> "inside";
            case EXTERIOR -> "outside";
            case INTERIOR_EXTERIOR -> "in and out of";
            default -> "at";
        };
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String sentence(String text) {
        var last = text.charAt(text.length() - 1);
        return ".!?。！？\"”".indexOf(last) >= 0 ? text : text + ".";
    }

    private static String cut(String prompt) {
        if (prompt.length() <= MAX_LENGTH) {
            return prompt;
        }
        var end = prompt.lastIndexOf(' ', MAX_LENGTH);
        return prompt.substring(0, end > MAX_LENGTH / 2 ? end : MAX_LENGTH);
    }
}
