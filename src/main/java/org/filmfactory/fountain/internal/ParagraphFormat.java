package org.filmfactory.fountain.internal;

/**
 * How Final Draft lays out a paragraph type, written into a document's {@code ElementSettings} so that it opens
 * formatted as a screenplay: indents in inches from the page's left edge, space before in points, and the type the
 * Return key moves on to.
 */
record ParagraphFormat(String leftIndent, String rightIndent, String spaceBefore, String alignment, String style,
        String returnKey) {

    static ParagraphFormat of(String type) {
        return switch (type) {
            case "Scene Heading" -> new ParagraphFormat("1.50", "7.50", "24", "Left", "AllCaps", "Action");
            case "Character" -> new ParagraphFormat("3.50", "7.25", "12", "Left", "AllCaps", "Dialogue");
            case "Parenthetical" -> new ParagraphFormat("3.00", "5.50", "0", "Left", "", "Dialogue");
            case "Dialogue" -> new ParagraphFormat("2.50", "6.00", "0", "Left", "", "Parenthetical");
            case "Lyrics" -> new ParagraphFormat("2.50", "6.00", "0", "Left", "Italic", "Lyrics");
            case "Transition" -> new ParagraphFormat("5.50", "7.10", "12", "Right", "AllCaps", "Scene Heading");
            default -> new ParagraphFormat("1.50", "7.50", "12", "Left", "", "Action");
        };
    }
}
