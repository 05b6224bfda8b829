package org.filmfactory.fountain;

/**
 * An outline section, {@code # ACT ONE}; it structures the story and does not print.
 *
 * @param text the title after the {@code #} marks, trimmed
 * @param depth the number of {@code #} marks, 1 for the outermost level
 */
public record Section(String text, int depth, int firstLine, int lastLine) implements ScriptElement {
}
