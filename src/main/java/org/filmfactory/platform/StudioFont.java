package org.filmfactory.platform;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The embedded Noto Sans SC (OFL-1.1, {@code src/main/resources/fonts/}) for everything drawn into a picture — the
 * animatic's captions and cards, a film's subtitles and title cards, the storyboard sheet: Chinese and Latin in one
 * face, so no picture ever shows missing-glyph boxes, whatever fonts the host has. Loaded once per class loader on
 * first use (a 10 MB file) and shared; {@link Font} is immutable, so sharing it across threads is safe.
 */
public final class StudioFont {

    static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private StudioFont() {
    }

    public static Font sized(double size) {
        return Holder.FONT.deriveFont((float) size);
    }

    public static Font bold(double size) {
        return Holder.FONT.deriveFont(Font.BOLD, (float) size);
    }

    private static final class Holder {

        static final Font FONT = load();

        private static Font load() {
            try (var in = StudioFont.class.getResourceAsStream(RESOURCE)) {
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
