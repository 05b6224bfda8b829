package org.filmfactory.render.internal.engine;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The embedded Noto Sans SC (OFL-1.1, {@code src/main/resources/fonts/}) for subtitles and cards: Chinese and Latin in
 * one face, so a film never shows missing-glyph boxes whatever fonts the host has. Loaded once per class loader on
 * first use and shared ({@link Font} is immutable). The same loading as the animatic's caption font; render does not
 * see the take module's internals, so it keeps its own.
 */
final class FilmFont {

    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private FilmFont() {
    }

    static Font sized(double size) {
        return Holder.FONT.deriveFont((float) size);
    }

    private static final class Holder {

        static final Font FONT = load();

        private static Font load() {
            try (var in = FilmFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + RESOURCE);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("unreadable font " + RESOURCE, e);
            }
        }
    }
}
