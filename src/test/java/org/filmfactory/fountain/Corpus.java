package org.filmfactory.fountain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screenplay corpus in {@code src/test/resources/fountain/corpus} (its README is the licence note): the
 * scored scripts with their expected parses, {@code bad/} and {@code unscored/}.
 */
final class Corpus {

    static final long LIMIT = 20L * 1024 * 1024;

    private Corpus() {
    }

    static Path dir() {
        try {
            return Path.of(Corpus.class.getResource("/fountain/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the scored screenplays, without {@code .fountain}. */
    static List<String> scored() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".expected.json"))
                    .map(name -> name.substring(0, name.length() - ".expected.json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String relativePath) {
        try {
            return Files.readAllBytes(dir().resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String relativePath) {
        return FountainReader.decode(bytes(relativePath), LIMIT);
    }

    static ParsedScript parse(String relativePath, Dialect dialect) {
        return FountainReader.read(FountainReader.decode(bytes(relativePath), LIMIT), dialect);
    }

    record ExpectedScene(String heading, int line, List<String> characters, int dialogues, int actions) {
    }

    record Expected(@Nullable String title, List<ExpectedScene> scenes, int dialogues, int characters) {
    }

    static Expected expected(String name) {
        return read(dir().resolve(name + ".expected.json"));
    }

    /** Reads a parse in the corpus schema (an expected file, or what {@code breakdown --json} printed). */
    static Expected read(Path json) {
        try {
            return read(Files.readString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Expected read(String json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<ExpectedScene> scenes = new ArrayList<>();
        for (JsonNode scene : root.get("scenes")) {
            List<String> characters = new ArrayList<>();
            scene.get("characters").forEach(character -> characters.add(character.asString()));
            scenes.add(new ExpectedScene(scene.get("heading").asString(), scene.get("line").asInt(), characters,
                    scene.get("dialogues").asInt(), scene.get("actions").asInt()));
        }
        JsonNode title = root.get("title");
        JsonNode totals = root.get("totals");
        return new Expected(title == null || title.isNull() ? null : title.asString(), scenes,
                totals.get("dialogues").asInt(), totals.get("characters").asInt());
    }
}
