package org.filmfactory.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.filmfactory.review.Drawing.Point;
import org.filmfactory.review.Drawing.Stroke;
import org.filmfactory.review.Drawing.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrawingTest {

    private static void refused(String json, String key, Object... arguments) {
        assertThatExceptionOfType(CommentRefused.class).isThrownBy(() -> Drawing.parse(json))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo(key))
                .satisfies(e -> assertThat(e.arguments()).containsExactly(arguments));
    }

    private static String strokes(int count, String stroke) {
        return "{\"strokes\":[" + String.join(",", java.util.Collections.nCopies(count, stroke)) + "]}";
    }

    @Test
    void readsThePlayersJsonAndWritesItBackTheSame() {
        var json = "{\"strokes\":[{\"tool\":\"arrow\",\"color\":\"#ff0000\",\"points\":[[0.1,0.2],[0.5,0.75]]},"
                + "{\"tool\":\"point\",\"color\":\"#00aa33\",\"points\":[[1,0]]}]}";

        var drawing = Drawing.parse(json);

        assertThat(drawing).isEqualTo(new Drawing(List.of(
                new Stroke(Tool.ARROW, "#ff0000", List.of(new Point(0.1, 0.2), new Point(0.5, 0.75))),
                new Stroke(Tool.POINT, "#00aa33", List.of(new Point(1, 0))))));
        assertThat(drawing.toJson()).isEqualTo(json);
        assertThat(Drawing.parse(drawing.toJson())).isEqualTo(drawing);
    }

    @Test
    void keepsEveryToolAndLowerCasesColoursAndRoundsToATenThousandth() {
        var drawing = Drawing.parse("{\"strokes\":[{\"tool\":\"freehand\",\"color\":\"#ABCDEF\",\"points\":"
                + "[[0.123456,0.98766],[0.2,0.2]]},{\"tool\":\"rectangle\",\"color\":\"#000000\",\"points\":"
                + "[[0,0],[1,1]]},{\"tool\":\"ellipse\",\"color\":\"#FFFFFF\",\"points\":[[0.25,0.25],[0.75,0.5]]}],"
                + "\"extra\":true}");

        assertThat(drawing.strokes()).extracting(Stroke::tool, Stroke::color).containsExactly(
                org.assertj.core.api.Assertions.tuple(Tool.FREEHAND, "#abcdef"),
                org.assertj.core.api.Assertions.tuple(Tool.RECTANGLE, "#000000"),
                org.assertj.core.api.Assertions.tuple(Tool.ELLIPSE, "#ffffff"));
        assertThat(drawing.strokes().getFirst().points()).containsExactly(new Point(0.1235, 0.9877),
                new Point(0.2, 0.2));
    }

    @Test
    void aHandThatSlippedALittleOutsideIsClampedOntoTheEdge() {
        var drawing = Drawing.parse(
                "{\"strokes\":[{\"tool\":\"freehand\",\"color\":\"#ff0000\",\"points\":[[-0.05,1.05],[1.03,-0.01]]}]}");

        assertThat(drawing.strokes().getFirst().points()).containsExactly(new Point(0, 1), new Point(1, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[-0.0501,0.5]]", "[[0.5,1.06]]", "[[1e999,0.5]]", "[[-1e999,0.5]]", "[[400,300]]",
            "[[0.5,-99999999999999999999999]]"})
    void coordinatesFarOutsideThePictureAreRefused(String points) {
        refused("{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff0000\",\"points\":" + points + "}]}",
                "review.error.drawing-outside");
    }

    @Test
    void nonNumbersAreRefusedAsAreRecordsWithNaN() {
        refused("{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff0000\",\"points\":[[NaN,0.5]]}]}",
                "review.error.drawing");
        refused("{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff0000\",\"points\":[[Infinity,0.5]]}]}",
                "review.error.drawing");
        refused("{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff0000\",\"points\":[[\"0.5\",\"0.5\"]]}]}",
                "review.error.drawing");
        var nan = new Drawing(List.of(new Stroke(Tool.POINT, "#ff0000", List.of(new Point(Double.NaN, 0.5)))));
        assertThatExceptionOfType(CommentRefused.class).isThrownBy(nan::checked)
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("review.error.drawing-outside"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"strokes\":[{\"tool\":\"laser\",\"color\":\"#ff0000\",\"points\":[[0.5,0.5]]}]}",
        "{\"strokes\":[{\"tool\":\"POINT\",\"color\":\"#ff0000\",\"points\":[[0.5,0.5]]}]}",
        "{\"strokes\":[{\"tool\":\"point\",\"color\":\"red\",\"points\":[[0.5,0.5]]}]}",
        "{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff000\",\"points\":[[0.5,0.5]]}]}",
        "{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff00001\",\"points\":[[0.5,0.5]]}]}",
        "{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff0000\\\"><script>\",\"points\":[[0.5,0.5]]}]}",
        "{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff0000\",\"points\":[]}]}",
        "{\"strokes\":[{\"tool\":\"arrow\",\"color\":\"#ff0000\",\"points\":[[0.5,0.5]]}]}",
        "{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff0000\",\"points\":[[0.5,0.5,0.5]]}]}",
        "{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff0000\",\"points\":[0.5,0.5]}]}",
        "{\"strokes\":[{\"tool\":\"point\",\"color\":\"#ff0000\"}]}",
        "{\"strokes\":[\"point\"]}",
        "{\"strokes\":{}}",
        "{}",
        "[]",
        "null",
        "",
        "{\"strokes\":[",
        "<svg onload=alert(1)>"})
    void malformedDrawingsAreRefused(String json) {
        refused(json, "review.error.drawing");
    }

    @Test
    void tooManyStrokesOrPointsAreRefused() {
        var stroke = "{\"tool\":\"point\",\"color\":\"#ff0000\",\"points\":[[0.5,0.5]]}";
        assertThat(Drawing.parse(strokes(Drawing.MAX_STROKES, stroke)).strokes()).hasSize(Drawing.MAX_STROKES);
        refused(strokes(Drawing.MAX_STROKES + 1, stroke), "review.error.drawing-size", Drawing.MAX_STROKES,
                Drawing.MAX_POINTS);

        var points = "[" + String.join(",", java.util.Collections.nCopies(Drawing.MAX_POINTS, "[0.5,0.5]")) + "]";
        var longest = "{\"tool\":\"freehand\",\"color\":\"#ff0000\",\"points\":" + points + "}";
        assertThat(Drawing.parse(strokes(1, longest)).strokes().getFirst().points()).hasSize(Drawing.MAX_POINTS);
        var tooLong = "{\"tool\":\"freehand\",\"color\":\"#ff0000\",\"points\":"
                + points.replaceFirst("\\[", "[[0.5,0.5],") + "}";
        refused(strokes(1, tooLong), "review.error.drawing-size", Drawing.MAX_STROKES, Drawing.MAX_POINTS);

        refused(" ".repeat(Drawing.MAX_JSON + 1), "review.error.drawing-size", Drawing.MAX_STROKES,
                Drawing.MAX_POINTS);
    }

    @Test
    void noStrokesIsAnEmptyDrawing() {
        assertThat(Drawing.parse("{\"strokes\":[]}").isEmpty()).isTrue();
        assertThat(new Drawing(List.of()).toJson()).isEqualTo("{\"strokes\":[]}");
    }
}
