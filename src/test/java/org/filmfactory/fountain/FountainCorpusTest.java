package org.filmfactory.fountain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.filmfactory.fountain.Corpus.Expected;
import org.filmfactory.fountain.Corpus.ExpectedScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scored screenplay of the corpus parses to its expected breakdown, judged the way the corpus's
 * {@code compare} script judges it: scenes paired by heading line; heading text, characters in order and dialogue
 * count must match; the number of scenes too. Actions (within one), the title and the totals are checked besides.
 */
class FountainCorpusTest {

    static List<String> scored() {
        return Corpus.scored();
    }

    @Test
    void corpusHasItsTwelveScoredScreenplays() {
        assertThat(scored()).hasSize(12).contains("brick-and-steel", "zh-template", "zh-hello-fountain");
    }

    @ParameterizedTest
    @MethodSource("scored")
    void scenesMatchTheExpectedParse(String name) {
        for (var dialect : Dialect.values()) {
            var problems = sceneProblems(Corpus.expected(name), actual(Corpus.parse(name + ".fountain", dialect)));
            assertThat(problems).as("%s.fountain read as %s", name, dialect).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("scored")
    void actionsAreWithinOneOfTheExpectedParse(String name) {
        var expected = Corpus.expected(name);
        var actual = byLine(actual(Corpus.parse(name + ".fountain", Dialect.PLAIN)));
        for (var scene : expected.scenes()) {
            assertThat(actual.get(scene.line()).actions())
                    .as("%s.fountain, actions of the scene at line %d", name, scene.line())
                    .isBetween(scene.actions() - 1, scene.actions() + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("scored")
    void titleAndTotalsMatchTheExpectedParse(String name) {
        var expected = Corpus.expected(name);
        var script = Corpus.parse(name + ".fountain", Dialect.PLAIN);
        assertThat(script.title()).as("%s.fountain title", name).isEqualTo(expected.title());
        assertThat(script.dialogues()).as("%s.fountain dialogues", name).isEqualTo(expected.dialogues());
        assertThat(script.characters()).as("%s.fountain characters", name).hasSize(expected.characters());
    }

    /** Stricter than the corpus asks: every action count matches, which guards the reference's paragraph rules. */
    @Test
    void actionCountsAreExactToo() {
        List<String> inexact = new ArrayList<>();
        for (String name : scored()) {
            var actual = byLine(actual(Corpus.parse(name + ".fountain", Dialect.PLAIN)));
            for (var scene : Corpus.expected(name).scenes()) {
                if (actual.get(scene.line()).actions() != scene.actions()) {
                    inexact.add(name + " line " + scene.line());
                }
            }
        }
        assertThat(inexact).isEmpty();
    }

    /** What {@code breakdown --json} prints reads back as the expected parse. */
    @ParameterizedTest
    @MethodSource("scored")
    void breakdownCommandPrintsTheExpectedParse(String name, @TempDir Path dir) throws IOException {
        Path json = runBreakdown(name, dir);
        var printed = Corpus.read(json);
        var expected = Corpus.expected(name);
        assertThat(sceneProblems(expected, printed)).as(name).isEmpty();
        assertThat(printed.title()).isEqualTo(expected.title());
        assertThat(printed.dialogues()).isEqualTo(expected.dialogues());
        assertThat(printed.characters()).isEqualTo(expected.characters());
    }

    /** The corpus's own scoring script, run on the command's output, when Python 3 is there to run it. */
    @Test
    void compareScriptPassesEveryScreenplay(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(python(), "python3 is not installed");
        for (String name : scored()) {
            runBreakdown(name, dir);
        }
        var process = new ProcessBuilder("python3", Corpus.dir().resolve("compare").toString(),
                Corpus.dir().toString(), dir.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output.strip().lines().toList()).as(output).last().isEqualTo("12 passed, 0 failed");
        assertThat(process.exitValue()).isZero();
    }

    private static Path runBreakdown(String name, Path dir) throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = BreakdownCommand.run(
                new String[] {"breakdown", "--json", Corpus.dir().resolve(name + ".fountain").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path json = dir.resolve(name + ".actual.json");
        Files.write(json, out.toByteArray());
        return json;
    }

    private static boolean python() {
        try {
            var process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Expected actual(ParsedScript script) {
        List<ExpectedScene> scenes = script.scenes().stream()
                .map(scene -> new ExpectedScene(scene.heading().text(), scene.line(), scene.characters(),
                        scene.dialogues(), scene.actions()))
                .toList();
        return new Expected(script.title(), scenes, script.dialogues(), script.characters().size());
    }

    private static Map<Integer, ExpectedScene> byLine(Expected parse) {
        Map<Integer, ExpectedScene> scenes = new HashMap<>();
        parse.scenes().forEach(scene -> scenes.putIfAbsent(scene.line(), scene));
        return scenes;
    }

    /** The mismatches {@code compare} would print, each naming the heading's line. */
    private static List<String> sceneProblems(Expected expected, Expected actual) {
        List<String> problems = new ArrayList<>();
        var actualByLine = byLine(actual);
        for (var scene : expected.scenes()) {
            var found = actualByLine.get(scene.line());
            if (found == null) {
                problems.add("line " + scene.line() + ": expected scene \"" + scene.heading() + "\" not found");
                continue;
            }
            if (!found.heading().equals(scene.heading())) {
                problems.add("line " + scene.line() + ": heading \"" + scene.heading() + "\", got \""
                        + found.heading() + "\"");
            }
            if (!found.characters().equals(scene.characters())) {
                problems.add("line " + scene.line() + ": characters " + scene.characters() + ", got "
                        + found.characters());
            }
            if (found.dialogues() != scene.dialogues()) {
                problems.add("line " + scene.line() + ": dialogues " + scene.dialogues() + ", got "
                        + found.dialogues());
            }
        }
        var expectedLines = byLine(expected).keySet();
        for (var scene : actual.scenes()) {
            if (!expectedLines.contains(scene.line())) {
                problems.add("line " + scene.line() + ": unexpected scene \"" + scene.heading() + "\"");
            }
        }
        if (problems.isEmpty() && actual.scenes().size() != expected.scenes().size()) {
            problems.add(expected.scenes().size() + " scenes expected, got " + actual.scenes().size());
        }
        if (problems.isEmpty()) {
            return problems;
        }
        return problems.size() > 5 ? problems.subList(0, 5) : problems;
    }
}
