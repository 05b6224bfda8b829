package org.filmfactory.review;

import java.util.List;

/**
 * Strokes drawn on a take's picture, as vectors relative to the picture (x and y from 0 to 1 from its top-left
 * corner), so they redraw the same at any player size. The JSON form is the player's:
 * {@code {"strokes":[{"tool":"freehand|arrow|rectangle|ellipse|point","color":"#rrggbb","points":[[x,y],...]}]}}.
 * Validated on the way in ({@link #parse}): a bounded number of strokes and points, coordinates within the picture
 * (a little outside is clamped), known tools, colours as {@code #rrggbb}; anything else is refused with
 * {@link CommentRefused}.
 */
public record Drawing(List<Stroke> strokes) {

    /** The most strokes one drawing keeps. */
    public static final int MAX_STROKES = 64;
    /** The most points one stroke keeps. */
    public static final int MAX_POINTS = 2000;

    public Drawing {
        strokes = List.copyOf(strokes);
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    /** One shape on the picture. */
    public record Stroke(Tool tool, String color, List<Point> points) {
        public Stroke {
            points = List.copyOf(points);
        }
    }

    /** A point relative to the picture: 0..1 from the left and from the top. */
    public record Point(double x, double y) {
    }

    public enum Tool {
        POINT, FREEHAND, ARROW, RECTANGLE, ELLIPSE
    }

    /** Reads and checks the player's JSON; refuses what is malformed or out of bounds. */
    public static Drawing parse(String json) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The player's JSON form. */
    public String toJson() {
        throw new UnsupportedOperationException("not yet");
    }
}
