package org.filmfactory.take.internal.animatic;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How one character looks in every shot of the film: coat, trousers, skin, hair colour and style, build and height.
 * Derived only from the character's name and place in the cast (never from the seed), so a character is recognisable
 * from shot to shot and take to take, and two characters next to each other in the cast get clearly different coats.
 */
record Look(String name, Color coat, Color trousers, Color skin, Color hair, int hairStyle, double build,
        double height, Color accent) {

    static final int HAIR_STYLES = 5;
    private static final Color[] SKIN = {new Color(0xf1c9a5), new Color(0xe0ac82), new Color(0xc68b62),
        new Color(0x9c6644), new Color(0xf5d6bd), new Color(0xd9a577)};
    private static final Color[] HAIR = {new Color(0x1b1714), new Color(0x3b2618), new Color(0x6b4526),
        new Color(0x8a3b22), new Color(0x9a968f), new Color(0xc9a25e), new Color(0x26201d)};
    private static final Color[] TROUSERS = {new Color(0x2d3442), new Color(0x3d3a36), new Color(0x4a3f33),
        new Color(0x1f2a36), new Color(0x54534f)};

    static Look of(String name, List<String> cast) {
        int hash = hash(name);
        int index = cast.indexOf(name);
        if (index < 0) {
            index = cast.size() + Math.floorMod(hash, 5);
        }
        // Golden-ratio steps around the colour wheel: neighbours in the cast never share a hue.
        float hue = (float) ((index * 0.618034 + (hash & 0xff) / 2550.0 + 0.02) % 1.0);
        float saturation = 0.42f + ((hash >>> 8) & 7) * 0.035f;
        float brightness = 0.56f + ((hash >>> 11) & 7) * 0.03f;
        var coat = Color.getHSBColor(hue, saturation, brightness);
        var accent = Color.getHSBColor(hue, 0.62f, 0.78f);
        return new Look(name, coat, TROUSERS[Math.floorMod(hash >>> 14, TROUSERS.length)],
                SKIN[Math.floorMod(hash >>> 3, SKIN.length)], HAIR[Math.floorMod(hash >>> 17, HAIR.length)],
                Math.floorMod(hash >>> 21, HAIR_STYLES), 0.9 + Math.floorMod(hash >>> 24, 6) * 0.04,
                0.95 + Math.floorMod(hash >>> 27, 4) * 0.03, accent);
    }

    /** FNV-1a over the UTF-8 bytes: the same on every JVM and run. */
    static int hash(String text) {
        int hash = 0x811c9dc5;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash ^ (hash >>> 15);
    }
}
