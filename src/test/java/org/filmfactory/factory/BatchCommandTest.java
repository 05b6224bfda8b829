package org.filmfactory.factory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless {@code batch} command's arguments and refusals, and a batch of broken scripts only (nothing is drawn),
 * run as plain methods with their own streams.
 */
class BatchCommandTest {

    private static final String USAGE = "usage: batch DIR --out DIR [--preset vertical|horizontal|square|preview] "
            + "[--workers N] [--retry-failed]\n";

    @TempDir
    Path work;

    private final CommandConsole console = new CommandConsole();

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).isEqualTo(USAGE);
        assertThat(err()).isEmpty();
    }

    @Test
    void badArgumentsAreRefusedWithTheUsageAndNothingIsWritten() throws Exception {
        var scripts = Files.createDirectory(work.resolve("scripts")).toString();
        var films = work.resolve("films").toString();

        assertThat(run(scripts, "--out", films, "--fast")).isEqualTo(2);
        assertThat(err()).isEqualTo("batch: unknown option '--fast'\n" + USAGE);
        assertThat(run(scripts)).isEqualTo(2);
        assertThat(err()).isEqualTo("batch: --out DIR is required\n" + USAGE);
        assertThat(run("--out", films)).isEqualTo(2);
        assertThat(err()).isEqualTo("batch: no folder of scripts given\n" + USAGE);
        assertThat(run(scripts, scripts, "--out", films)).isEqualTo(2);
        assertThat(err()).isEqualTo("batch: more than one folder of scripts given\n" + USAGE);
        assertThat(run(scripts, "--out", films, "--preset", "cinemascope")).isEqualTo(2);
        assertThat(err()).isEqualTo(
                "batch: unknown preset 'cinemascope' (use vertical, horizontal, square or preview)\n" + USAGE);
        assertThat(run(scripts, "--out", films, "--workers", "0")).isEqualTo(2);
        assertThat(err()).isEqualTo("batch: --workers must be a whole number from 1 to 64, not '0'\n" + USAGE);
        assertThat(run(scripts, "--out", films, "--workers=many")).isEqualTo(2);
        assertThat(err()).isEqualTo("batch: --workers must be a whole number from 1 to 64, not 'many'\n" + USAGE);
        assertThat(run(scripts, "--out", films, "--workers")).isEqualTo(2);
        assertThat(err()).isEqualTo("batch: --workers needs a value\n" + USAGE);
        assertThat(out()).isEmpty();
        assertThat(names(work)).containsExactly("scripts");
    }

    @Test
    void aMissingFolderOrOneWithoutScriptsIsRefused() throws Exception {
        var films = work.resolve("films");

        assertThat(run(work.resolve("nope").toString(), "--out", films.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("batch: " + work.resolve("nope") + ": no such folder\n");
        var scripts = Files.createDirectory(work.resolve("scripts"));
        Files.writeString(scripts.resolve("notes.pdf"), "not a script format");
        Files.createDirectory(scripts.resolve("sub.fountain"));

        assertThat(run(scripts.toString(), "--out", films.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("batch: " + scripts + ": no screenplay in this folder (.fountain .txt .fdx)\n");
        assertThat(out()).isEmpty();
        assertThat(films).doesNotExist();
    }

    @Test
    void brokenScriptsAreEachReportedWithStageAndReasonInTheMachinesLanguage() throws Exception {
        var scripts = Files.createDirectory(work.resolve("scripts"));
        Files.write(scripts.resolve("picture.fountain"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Files.writeString(scripts.resolve("blank.fountain"), "\n\n");
        Files.writeString(scripts.resolve("broken.fdx"), "<FinalDraft DocumentType=\"Script\"><Content>");
        var films = work.resolve("films");

        assertThat(console.run(BatchCommand::run, Locale.CHINA, "batch", scripts.toString(), "--out",
                films.toString(), "--workers", "1")).isEqualTo(1);

        assertThat(Files.readString(films.resolve(BatchCommand.REPORT_TEXT))).startsWith("批处理：" + scripts + " -> "
                + films + "，预设 vertical（1080x1920），同时制作 1 部，开始于 ");
        assertThat(Files.readString(films.resolve(BatchCommand.REPORT_TEXT)).lines().skip(1).toList())
                .containsExactly(
                        "blank.fountain：失败，在读取剧本：剧本是空的",
                        "broken.fdx：失败，在读取剧本：" + new org.filmfactory.platform.Translations().translate(
                                Locale.CHINA, "screenplay.exchange.error.malformed-fdx", 1),
                        "picture.fountain：失败，在读取剧本：" + new org.filmfactory.platform.Translations()
                                .translate(Locale.CHINA, "screenplay.error.binary"),
                        "共 3 个剧本：制作 0 部，失败 3 部，跳过 0 部，用时 "
                                + Files.readString(films.resolve(BatchCommand.REPORT_TEXT)).lines().toList()
                                .getLast().replaceAll(".*用时 ", ""));
        assertThat(err()).isEmpty();
        assertThat(names(films)).containsExactly(".batch-work", "batch-report.json", "batch-report.txt",
                "blank.film.json", "broken.film.json", "picture.film.json");
        assertThat(out()).doesNotContain("\tat ").contains("batch：有影片未能制作；");
    }

    @Test
    void aSecondBatchIntoTheSameFolderIsRefusedWhileTheFirstRuns() throws Exception {
        var scripts = Files.createDirectory(work.resolve("scripts"));
        Files.writeString(scripts.resolve("blank.fountain"), "\n");
        var films = work.resolve("films");
        Files.createDirectories(films.resolve(BatchCommand.WORK));

        try (var channel = FileChannel.open(films.resolve(BatchCommand.WORK).resolve("lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); var lock = channel.lock()) {
            assertThat(run(scripts.toString(), "--out", films.toString())).isEqualTo(1);
        }
        assertThat(err()).isEqualTo("batch: another batch is writing into " + films
                + "; wait until it has finished\n");
        assertThat(names(films)).containsExactly(".batch-work");
    }

    @Test
    void scriptsWhoseNamesMeetGetFilmNamesOfTheirOwn() throws Exception {
        var scripts = Files.createDirectory(work.resolve("scripts"));
        for (var name : List.of("rain.fountain", "rain.fdx", "rain.txt", "Rain City.fountain", ".hidden.fountain",
                "batch-report.txt")) {
            Files.writeString(scripts.resolve(name), "x");
        }

        assertThat(BatchCommand.scripts(scripts)).extracting(script -> script.file().getFileName() + " "
                + script.film()).containsExactly("Rain City.fountain Rain-City", "rain.fdx rain",
                "rain.fountain rain-fountain", "rain.txt rain-txt");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private int run(String... args) {
        return console.run(BatchCommand::run, BatchCommand.NAME, args);
    }

    private String out() {
        return console.out();
    }

    private String err() {
        return console.err();
    }
}
