package org.filmfactory.fountain.internal;

/**
 * A line as the parser sees it, after boneyards are taken out. Usually one line of the file; when a boneyard that
 * closes mid-line spans lines, the text before it and after it join into one line.
 *
 * @param number the file line of its first visible character (or where it starts, when it is blank)
 * @param lastNumber the file line it ends on
 */
record Line(String text, int number, int lastNumber) {

    /** A line that separates paragraphs: only white space, but not the two spaces that keep a blank line inside one. */
    boolean breaksParagraph() {
        return Whitespace.isBlank(text) && !keepsBlankLine();
    }

    /** Two spaces: a blank line kept inside a paragraph (in dialogue, say); at a paragraph's edges it keeps nothing. */
    boolean keepsBlankLine() {
        return "  ".equals(text);
    }
}
