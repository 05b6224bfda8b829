package org.filmfactory.fountain;

/**
 * Text hidden between {@code /*} and the next {@code *}{@code /}: it is not part of the script. When the closing
 * mark starts a line, the hidden block also ends the paragraph before it.
 *
 * @param text what was hidden, without the marks
 */
public record Boneyard(String text, int firstLine, int lastLine) {
}
