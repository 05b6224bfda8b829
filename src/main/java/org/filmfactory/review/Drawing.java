package org.filmfactory.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    /** How far outside the picture a point may be and still be taken (onto its edge): a hand that slipped. */
    public static final double SLACK = 0.05;
    /** The longest JSON form read: room for the most strokes and points, written out at length. */
    static final int MAX_JSON = 8_000_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

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
        POINT, FREEHAND, ARROW, RECTANGLE, ELLIPSE;

        /** Its name in the JSON form, e.g. {@code freehand}. */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Tool of(String json) {
            for (var tool : values()) {
                if (tool.json().equals(json)) {
                    return tool;
                }
            }
            throw new CommentRefused("review.error.drawing");
        }
    }

    /** Reads and checks the player's JSON; refuses what is malformed or out of bounds. */
    public static Drawing parse(String json) {
        if (json.length() > MAX_JSON) {
            throw new CommentRefused("review.error.drawing-size", MAX_STROKES, MAX_POINTS);
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException malformed) {
            throw new CommentRefused("review.error.drawing");
        }
        if (root == null || !root.isObject() || !root.path("strokes").isArray()) {
            throw new CommentRefused("review.error.drawing");
        }
        var strokes = root.path("strokes");
        if (strokes.size() > MAX_STROKES) {
            throw new CommentRefused("review.error.drawing-size", MAX_STROKES, MAX_POINTS);
        }
        var read = new ArrayList<Stroke>(strokes.size());
        for (var stroke : strokes) {
            if (!stroke.isObject() || !stroke.path("tool").isString() || !stroke.path("color").isString()
                    || !stroke.path("points").isArray()) {
                throw new CommentRefused("review.error.drawing");
            }
            var points = stroke.path("points");
            if (points.size() > MAX_POINTS) {
                throw new CommentRefused("review.error.drawing-size", MAX_STROKES, MAX_POINTS);
            }
            var tool = Tool.of(stroke.path("tool").asString());
            var list = new ArrayList<Point>(points.size());
            for (var point : points) {
                if (!point.isArray() || point.size() != 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
                    throw new CommentRefused("review.error.drawing");
                }
                list.add(new Point(point.get(0).asDouble(), point.get(1).asDouble()));
            }
            read.add(new Stroke(tool, stroke.path("color").asString(), list));
        }
        return new Drawing(read).checked();
    }

    /**
     * This drawing as it may be stored: at most {@link #MAX_STROKES} strokes of at most {@link #MAX_POINTS} points,
     * finite coordinates within the picture (up to 5 % outside is clamped onto its edge, more is refused), enough
     * points for the tool (a shape needs two), colours as lower-case {@code #rrggbb}.
     *
     * @throws CommentRefused when it cannot be stored as it is
     */
    public Drawing checked() {
        if (strokes.size() > MAX_STROKES) {
            throw new CommentRefused("review.error.drawing-size", MAX_STROKES, MAX_POINTS);
        }
        var checked = new ArrayList<Stroke>(strokes.size());
        for (var stroke : strokes) {
            if (stroke.points().size() > MAX_POINTS) {
                throw new CommentRefused("review.error.drawing-size", MAX_STROKES, MAX_POINTS);
            }
            if (stroke.tool() == null || stroke.color() == null || !COLOR.matcher(stroke.color()).matches()
                    || stroke.points().isEmpty()
                    || (stroke.tool() != Tool.POINT && stroke.tool() != Tool.FREEHAND && stroke.points().size() < 2)) {
                throw new CommentRefused("review.error.drawing");
            }
            var points = new ArrayList<Point>(stroke.points().size());
            for (var point : stroke.points()) {
                points.add(new Point(coordinate(point.x()), coordinate(point.y())));
            }
            checked.add(new Stroke(stroke.tool(), stroke.color().toLowerCase(Locale.ROOT), points));
        }
        return new Drawing(checked);
    }

    /** The player's JSON form. */
    public String toJson() {
        var out = new StringBuilder(32 + strokes.size() * 64);
        out.append("{\"strokes\":[");
        for (int s = 0; s < strokes.size(); s++) {
            var stroke = strokes.get(s);
            if (s > 0) {
                out.append(',');
            }
            out.append("{\"tool\":\"").append(stroke.tool().json()).append("\",\"color\":\"")
                    .append(stroke.color()).append("\",\"points\":[");
            for (int p = 0; p < stroke.points().size(); p++) {
                var point = stroke.points().get(p);
                if (p > 0) {
                    out.append(',');
                }
                out.append('[').append(number(point.x())).append(',').append(number(point.y())).append(']');
            }
            out.append("]}");
        }
        return out.append("]}").toString();
    }

    private static double coordinate(double value) {
        if (!Double.isFinite(value) || value < -SLACK || value > 1 + SLACK) {
            throw new CommentRefused("review.error.drawing-outside");
        }
        // A ten-thousandth of the picture is below a pixel even on a 4K frame; it keeps the stored form short.
        return Math.round(Math.clamp(value, 0.0, 1.0) * 10_000) / 10_000.0;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
