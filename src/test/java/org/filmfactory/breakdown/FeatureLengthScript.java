package org.filmfactory.breakdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.filmfactory.fountain.FountainReader;

/**
 * A feature-length screenplay for tests and benchmarks: the scenes of a real short script
 * ({@code breakdown/the-last-birthday-card.fountain}, licence in {@code breakdown/sources.json}), one after the other
 * and again from the start, until the script has as many scenes as asked for. Each scene is cut where the parser says
 * it starts, so the result has exactly that many scenes.
 */
public final class FeatureLengthScript {

    static final String SOURCE = "/breakdown/the-last-birthday-card.fountain";

    private FeatureLengthScript() {
    }

    /** A script of exactly {@code scenes} scenes. */
    public static String of(int scenes) {
        var blocks = sceneBlocks();
        var script = new StringBuilder();
        for (int i = 0; i < scenes; i++) {
            script.append(blocks.get(i % blocks.size())).append("\n\n");
        }
        return script.toString();
    }

    /** Each scene of the source, from its heading to the line before the next heading, trailing blank lines cut. */
    static List<String> sceneBlocks() {
        String text;
        try (InputStream in = FeatureLengthScript.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is not on the test class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var lines = text.split("\n", -1);
        var parsed = FountainReader.read(text).scenes();
        var blocks = new ArrayList<String>();
        for (int i = 0; i < parsed.size(); i++) {
            int from = parsed.get(i).line() - 1;
            int to = i + 1 < parsed.size() ? parsed.get(i + 1).line() - 1 : lines.length;
            blocks.add(String.join("\n", List.of(lines).subList(from, to)).strip());
        }
        return blocks;
    }
}
