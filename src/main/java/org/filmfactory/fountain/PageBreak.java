package org.filmfactory.fountain;

/** A forced page break: a line of three or more {@code =} and nothing else. */
public record PageBreak(int firstLine, int lastLine) implements ScriptElement {
}
