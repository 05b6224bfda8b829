package org.filmfactory.fountain;

/**
 * A synopsis line, {@code = Brick and Steel retire}; it describes a section or scene and does not print.
 *
 * @param text the text after the {@code =}, trimmed
 */
public record Synopsis(String text, int firstLine, int lastLine) implements ScriptElement {
}
