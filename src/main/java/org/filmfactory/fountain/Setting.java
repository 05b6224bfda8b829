package org.filmfactory.fountain;

/** Where a scene is shot, from the heading's prefix ({@code INT.}, {@code EXT.}, {@code 内景}, …). */
public enum Setting {
    /** {@code INT}, {@code 内景}. */
    INTERIOR,
    /** {@code EXT}, {@code 外景}. */
    EXTERIOR,
    /** {@code INT./EXT.}, {@code INT/EXT}, {@code I/E}, {@code 内外景}, {@code 内/外景}. */
    INTERIOR_EXTERIOR,
    /** {@code EST}: an establishing shot. */
    ESTABLISHING,
    /** A forced heading without a known prefix ({@code .SNIPER SCOPE POV}). */
    UNSPECIFIED
}
