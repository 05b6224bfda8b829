package org.filmfactory.fountain;

/**
 * A note paragraph, {@code [[check the prop list]]}, alone on its line; it does not print. Notes inside other text
 * stay in that element's {@code text} and are left out of its runs.
 *
 * @param text the text between {@code [[} and {@code ]]}
 */
public record Note(String text, int firstLine, int lastLine) implements ScriptElement {
}
