package org.filmfactory.fountain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser against the hand-written table of line kinds in {@code fountain/line-kinds.txt}, which the editor's
 * highlighter is checked against too ({@code src/test/frontend/line-kinds.test.ts}): both read a line as the same
 * kind of element.
 */
class FountainLineKindsTest {

    /** One case of the table: a short script and the kind of each of its lines. */
    record LineKindCase(String name, Dialect dialect, List<String> lines, List<String> kinds) {

        @Override
        public String toString() {
            return dialect + ": " + name;
        }
    }

    static Stream<LineKindCase> cases() throws IOException {
        String table;
        try (InputStream in = Objects.requireNonNull(
                FountainLineKindsTest.class.getResourceAsStream("/fountain/line-kinds.txt"))) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<LineKindCase> cases = new ArrayList<>();
        String name = null;
        Dialect dialect = Dialect.PLAIN;
        List<String> lines = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (String row : table.split("\n", -1)) {
            if (row.startsWith("case ")) {
                if (name != null) {
                    cases.add(new LineKindCase(name, dialect, List.copyOf(lines), List.copyOf(kinds)));
                }
                String[] parts = row.split(" ", 3);
                dialect = Dialect.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
                name = parts[2];
                lines.clear();
                kinds.clear();
            } else if (!row.isBlank() && !row.startsWith("//")) {
                int bar = row.indexOf(" |");
                kinds.add(row.substring(0, bar));
                lines.add(row.length() > bar + 3 ? row.substring(bar + 3) : "");
            }
        }
        if (name != null) {
            cases.add(new LineKindCase(name, dialect, List.copyOf(lines), List.copyOf(kinds)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parserReadsEachLineAsTheTableSays(LineKindCase c) {
        var script = FountainReader.read(String.join("\n", c.lines()), c.dialect());
        String[] found = new String[c.lines().size()];
        Arrays.fill(found, "blank");
        for (TitlePageEntry entry : script.titlePage()) {
            Arrays.fill(found, entry.firstLine() - 1, entry.lastLine(), "titlePage");
        }
        for (ScriptElement element : script.elements()) {
            for (int line = element.firstLine(); line <= element.lastLine(); line++) {
                found[line - 1] = kind(element);
            }
        }
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            expected.add((i + 1) + " " + c.kinds().get(i) + " | " + c.lines().get(i));
            actual.add((i + 1) + " " + found[i] + " | " + c.lines().get(i));
        }
        assertThat(actual).as(c.toString()).containsExactlyElementsOf(expected);
    }

    private static String kind(ScriptElement element) {
        return switch (element) {
            case SceneHeading h -> "sceneHeading";
            case Action a -> "action";
            case CharacterCue cue -> "character";
            case Dialogue d -> "dialogue";
            case Parenthetical p -> "parenthetical";
            case Lyric l -> "lyrics";
            case Transition t -> "transition";
            case Centered c -> "centered";
            case PageBreak b -> "pageBreak";
            case Section s -> "section";
            case Synopsis s -> "synopsis";
            case Note n -> "note";
        };
    }
}
