package org.filmfactory.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A screenplay of any length made of real scenes: the scenes of three corpus scripts in
 * {@code src/test/resources/fountain/corpus} (their licence notes are in its README and {@code sources.json}),
 * repeated in turn until the script has as many scenes as asked. 150 scenes are about 150 KB, the size of a
 * feature; the scenes keep their real mix of action, dialogue and characters, so the breakdown has real work.
 */
public final class FeatureScript {

    /** Scripts without boneyards or notes spanning lines, so any run of their scenes is a well-formed script. */
    private static final List<String> SOURCES = List.of("the-last-birthday-card", "brick-and-steel",
            "my-living-memory");
    private static final Pattern HEADING = Pattern.compile("^(INT|EXT|I/E|INT\\./EXT|EST)[. ].*");
    /** A forced heading ({@code .BACK IN THE APARTMENT}) starts a scene of its own: such scenes are left out. */
    private static final Pattern FORCED_HEADING = Pattern.compile("(?m)^\\.[A-Za-z]");

    private FeatureScript() {
    }

    /** A script of exactly {@code scenes} scenes (as the parser counts them), each a heading and its body from the corpus, numbered in order. */
    public static String ofScenes(int scenes) {
        var pool = scenePool();
        var text = new StringBuilder();
        for (int i = 0; i < scenes; i++) {
            var scene = pool.get(i % pool.size());
            // The scene number keeps repeated scenes apart, as a shooting script's numbers do.
            text.append(scene.heading()).append(" #").append(i + 1).append("#\n").append(scene.body());
        }
        return text.toString();
    }

    private record Scene(String heading, String body) {
    }

    private static List<Scene> scenePool() {
        var pool = new ArrayList<Scene>();
        for (var source : SOURCES) {
            String heading = null;
            var body = new StringBuilder();
            for (var line : read(source).split("\n", -1)) {
                if (HEADING.matcher(line).matches()) {
                    if (heading != null) {
                        pool.add(new Scene(heading, ending(body)));
                    }
                    heading = line.strip();
                    body.setLength(0);
                } else if (heading != null) {
                    body.append(line).append('\n');
                }
            }
            if (heading != null) {
                pool.add(new Scene(heading, ending(body)));
            }
        }
        pool.removeIf(scene -> FORCED_HEADING.matcher(scene.body()).find());
        return pool;
    }

    /** The body ends in one blank line, so the next heading stands alone. */
    private static String ending(StringBuilder body) {
        return body.toString().stripTrailing() + "\n\n";
    }

    private static String read(String name) {
        var path = "/fountain/corpus/" + name + ".fountain";
        try (var in = FeatureScript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no corpus script " + path);
            }
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
