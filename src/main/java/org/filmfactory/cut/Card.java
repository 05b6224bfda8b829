package org.filmfactory.cut;

/**
 * A title or end card: centred text on a plain colour. The text is drawn with the studio's CJK-covering font, wrapped
 * to the picture, inside the vertical safe zone.
 *
 * @param text one or more lines (newlines kept), at most {@link #MAX_TEXT} characters
 * @param background colour {@code #rrggbb}
 * @param foreground colour {@code #rrggbb}
 * @param frames how long it shows; 0 means no card
 */
public record Card(String text, String background, String foreground, int frames) {

    public static final int MAX_TEXT = 200;
    public static final Card NONE = new Card("", "#000000", "#ffffff", 0);

    public Card {
        if (text.length() > MAX_TEXT || frames < 0 || !background.matches("#[0-9a-f]{6}")
                || !foreground.matches("#[0-9a-f]{6}")) {
            throw new CutChangeRefused("cut.error.card");
        }
    }

    public boolean shown() {
        return frames > 0;
    }
}
