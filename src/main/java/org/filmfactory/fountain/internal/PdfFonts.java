package org.filmfactory.fountain.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The fonts a script PDF is set in, embedded as subsets (only the glyphs used travel in the file): Courier Prime
 * (OFL-1.1) in its four styles for everything it has glyphs for, Noto Sans SC (OFL-1.1) for Chinese and whatever else
 * Courier Prime lacks. Noto Sans SC is only loaded when the script needs it; it is a 10 MB file. Both are vendored
 * under {@code src/main/resources/fonts/} with their licences (see THIRD-PARTY-NOTICES.md). Characters neither font
 * has (emoji) print as {@code ?}. One instance per document; not thread-safe.
 */
final class PdfFonts implements Closeable {

    static final int BOLD = 4;
    static final int ITALIC = 2;
    private static final String[] MONO = {"CourierPrime-Regular.ttf", "CourierPrime-Italic.ttf",
        "CourierPrime-Bold.ttf", "CourierPrime-BoldItalic.ttf"};
    private static final String CJK = "NotoSansSC-Regular.ttf";

    /** A font and its glyph table, for choosing a font per character and measuring it. */
    record Face(PDType0Font font, TrueTypeFont glyphs) {
    }

    private final PDDocument document;
    private final List<TrueTypeFont> opened = new ArrayList<>();
    private final Face[] mono = new Face[4];
    private @Nullable Face cjk;
    private final Map<Long, Float> widths = new HashMap<>();

    PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        for (int i = 0; i < MONO.length; i++) {
            mono[i] = load(MONO[i]);
        }
    }

    /** Loads the CJK face if any of {@code codePoints} is missing from Courier Prime. */
    void prepareFor(String text) throws IOException {
        if (cjk != null) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= ' ' && !has(mono[0], c)) {
                cjk = load(CJK);
                return;
            }
        }
    }

    boolean hasCjk() {
        return cjk != null;
    }

    /** The face that prints {@code codePoint} in {@code style} ({@link #BOLD} | {@link #ITALIC}), or null. */
    @Nullable Face face(int codePoint, int style) {
        var styled = mono[((style & BOLD) != 0 ? 2 : 0) + ((style & ITALIC) != 0 ? 1 : 0)];
        if (has(styled, codePoint)) {
            return styled;
        }
        if (cjk != null && has(cjk, codePoint)) {
            return cjk;
        }
        return null;
    }

    Face mono(int style) {
        return mono[((style & BOLD) != 0 ? 2 : 0) + ((style & ITALIC) != 0 ? 1 : 0)];
    }

    /** The advance of {@code codePoint} in {@code face} at {@code size} points. */
    float width(Face face, int codePoint, float size) {
        long key = ((long) System.identityHashCode(face) << 32) | (codePoint & 0xffffffffL);
        Float width = widths.get(key);
        if (width == null) {
            try {
                width = face.font().getStringWidth(new String(Character.toChars(codePoint))) / 1000f;
            } catch (IOException | IllegalArgumentException e) {
                width = 0.6f;
            }
            widths.put(key, width);
        }
        return width * size;
    }

    private static boolean has(Face face, int codePoint) {
        try {
            var cmap = face.glyphs().getUnicodeCmapLookup();
            return cmap != null && cmap.getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private Face load(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: fonts/" + name);
            }
            TrueTypeFont glyphs = new TTFParser().parse(new RandomAccessReadBuffer(in));
            opened.add(glyphs);
            return new Face(PDType0Font.load(document, glyphs, true), glyphs);
        }
    }

    /** Closes the glyph tables; call after the document was saved (subsetting reads them while saving). */
    @Override
    public void close() throws IOException {
        for (var font : opened) {
            font.close();
        }
    }
}
