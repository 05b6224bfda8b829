package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One printed line of a PDF page, set and ready to draw; {@code sceneNumber} prints in both margins. An empty line is
 * a blank line.
 */
record PrintLine(List<Piece> pieces, @Nullable String sceneNumber) {

    static final PrintLine BLANK = new PrintLine(List.of(), null);

    /** Printed text at a horizontal position, in one face. */
    record Piece(float x, String text, PdfFonts.Face face, boolean underline, float width) {
    }

    /** The width from the first piece's start to the last one's end, in points. */
    float width() {
        float width = 0;
        for (var piece : pieces) {
            width += piece.width();
        }
        return width;
    }

    /** The same pieces {@code dx} points further right, without a scene number. */
    PrintLine shiftedBy(float dx) {
        List<Piece> moved = new ArrayList<>(pieces.size());
        for (var piece : pieces) {
            moved.add(new Piece(piece.x() + dx, piece.text(), piece.face(), piece.underline(), piece.width()));
        }
        return new PrintLine(moved, null);
    }
}
