package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.internal.PrintLine.Piece;

/**
 * Sets text in lines for {@link ScriptPdf}: glyphs in their faces ({@link PdfFonts} picks a face per character),
 * broken at spaces or around Chinese characters to fit a width, aligned, and cut into pieces of one face each so
 * that a line is drawn with as few text operations as it has changes of face.
 */
final class Typesetter {

    /** The type size in points: 12 pt Courier-style type sets ten characters an inch. */
    static final float SIZE = 12f;
    static final int UNDERLINE = 1;
    private static final String CLOSING_PUNCTUATION = "，。、！？；：）」』》〉】〕…·,.!?;:)]";

    /** One character in a style: {@link PdfFonts#BOLD}, {@link PdfFonts#ITALIC}, {@link #UNDERLINE} combined. */
    record Glyph(int codePoint, int style) {
    }

    private final PdfFonts fonts;
    private final float left;
    private final float textWidth;

    /** Sets text whose lines start at {@code left} and are at most {@code textWidth} points wide. */
    Typesetter(PdfFonts fonts, float left, float textWidth) {
        this.fonts = fonts;
        this.left = left;
        this.textWidth = textWidth;
    }

    /** The text of {@code runs} as glyphs in their emphasis, plus {@code extraStyle} ({@link PdfFonts#ITALIC}). */
    static List<Glyph> glyphs(List<TextRun> runs, int extraStyle) {
        List<Glyph> glyphs = new ArrayList<>();
        for (var run : runs) {
            int style = extraStyle | (run.bold() ? PdfFonts.BOLD : 0) | (run.italic() ? PdfFonts.ITALIC : 0)
                    | (run.underline() ? UNDERLINE : 0);
            run.text().codePoints().forEach(c -> glyphs.add(new Glyph(c == '\t' ? ' ' : c, style)));
        }
        return glyphs;
    }

    /** Plain text as glyphs. */
    static List<Glyph> glyphs(String text) {
        return glyphs(List.of(TextRun.plain(text)), 0);
    }

    /** The glyphs split at line breaks. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        for (var glyph : glyphs) {
            if (glyph.codePoint() == '\n') {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(glyph);
            }
        }
        lines.add(line);
        return lines;
    }

    /** Lines aligned within the text width: 0 left, 0.5 centered, 1 right. */
    List<PrintLine> aligned(List<Glyph> glyphs, float alignment) {
        List<PrintLine> printed = new ArrayList<>();
        for (var line : wrap(glyphs, left, textWidth)) {
            float shift = (textWidth - line.width()) * alignment - (line.pieces().isEmpty() ? 0
                    : line.pieces().getFirst().x() - left);
            printed.add(line.shiftedBy(shift));
        }
        return printed;
    }

    /**
     * Breaks text into lines no wider than {@code width}: after spaces, and before or after any Chinese character
     * (but never before closing punctuation, which hangs into the margin instead). A word longer than a line is cut.
     */
    List<PrintLine> wrap(List<Glyph> glyphs, float x, float width) {
        List<PrintLine> printed = new ArrayList<>();
        for (var hard : lines(glyphs)) {
            if (hard.isEmpty()) {
                printed.add(PrintLine.BLANK);
                continue;
            }
            List<Glyph> line = new ArrayList<>();
            float lineWidth = 0;
            int breakAt = -1;
            for (var glyph : hard) {
                int c = glyph.codePoint();
                float w = advance(glyph);
                boolean space = c == ' ';
                boolean hangs = CLOSING_PUNCTUATION.indexOf(c) >= 0;
                if (!space && !hangs && lineWidth + w > width + 0.01f && !line.isEmpty()) {
                    List<Glyph> carry;
                    if (breakAt > 0) {
                        carry = new ArrayList<>(line.subList(breakAt, line.size()));
                        line = new ArrayList<>(line.subList(0, breakAt));
                    } else {
                        carry = new ArrayList<>();
                    }
                    printed.add(line(trimEnd(line), x));
                    line = trimStart(carry);
                    lineWidth = 0;
                    for (var kept : line) {
                        lineWidth += advance(kept);
                    }
                    breakAt = -1;
                }
                if (space && line.isEmpty() && !printed.isEmpty() && printed.getLast() != PrintLine.BLANK) {
                    continue;
                }
                if (isWide(c) && !line.isEmpty()) {
                    breakAt = line.size();
                }
                line.add(glyph);
                lineWidth += w;
                if (space || isWide(c) || hangs) {
                    breakAt = line.size();
                }
            }
            printed.add(line(trimEnd(line), x));
        }
        return printed;
    }

    private static List<Glyph> trimEnd(List<Glyph> line) {
        int end = line.size();
        while (end > 0 && line.get(end - 1).codePoint() == ' ') {
            end--;
        }
        return line.subList(0, end);
    }

    private static List<Glyph> trimStart(List<Glyph> line) {
        int start = 0;
        while (start < line.size() && line.get(start).codePoint() == ' ') {
            start++;
        }
        return new ArrayList<>(line.subList(start, line.size()));
    }

    private static boolean isWide(int c) {
        var script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
    }

    private float advance(Glyph glyph) {
        var face = fonts.face(glyph.codePoint(), glyph.style());
        return face == null ? fonts.width(fonts.mono(0), '?', SIZE) : fonts.width(face, glyph.codePoint(), SIZE);
    }

    /** A line of glyphs as pieces of one face and underline each, starting at {@code x}. */
    PrintLine line(List<Glyph> glyphs, float x) {
        List<Piece> pieces = new ArrayList<>();
        var text = new StringBuilder();
        PdfFonts.Face face = null;
        boolean underline = false;
        float start = x;
        float at = x;
        for (var glyph : glyphs) {
            var glyphFace = fonts.face(glyph.codePoint(), glyph.style());
            int c = glyph.codePoint();
            if (glyphFace == null) {
                glyphFace = fonts.mono(glyph.style());
                c = '?';
            }
            boolean glyphUnderline = (glyph.style() & UNDERLINE) != 0;
            if (face != null && (glyphFace != face || glyphUnderline != underline)) {
                pieces.add(new Piece(start, text.toString(), face, underline, at - start));
                text.setLength(0);
                start = at;
            }
            face = glyphFace;
            underline = glyphUnderline;
            text.appendCodePoint(c);
            at += fonts.width(glyphFace, c, SIZE);
        }
        if (face != null && !text.isEmpty()) {
            pieces.add(new Piece(start, text.toString(), face, underline, at - start));
        }
        return new PrintLine(pieces, null);
    }
}
