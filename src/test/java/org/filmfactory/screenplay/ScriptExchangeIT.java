package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.fountain.internal.ElementShape;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Scripts in and out as files: an import is a save (writers and owners only, in revision order, nothing changed when
 * the file is refused); every member may export Fountain, Final Draft and PDF.
 */
@StudioTest
@TestPropertySource(properties = "filmfactory.screenplay.max-script-size=64KB")
class ScriptExchangeIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptExchange exchange;
    @Autowired
    ScriptEditing editing;

    static final DataSize LIMIT = DataSize.ofKilobytes(64);

    Actor owner;
    Actor writer;
    Actor viewer;
    ProjectId project;

    @BeforeEach
    void crew() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = join(project, ProjectRole.WRITER, "Wang Writer");
        viewer = join(project, ProjectRole.VIEWER, "Vera Viewer");
    }

    private Actor join(ProjectId into, ProjectRole role, String name) {
        return owner.bringOnto(into, role, name);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    static byte[] resource(String path) {
        try (InputStream in = ScriptExchangeIT.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void importsAFountainFileAsTheNextRevision() {
        writer.signIn();
        editing.save(project, 0, "INT. HOUSE - DAY\n\nRain.\n");
        byte[] brick = resource("/fountain/corpus/brick-and-steel.fountain");

        var imported = exchange.importScript(project, 1, "Brick & Steel.FOUNTAIN", brick);

        assertThat(imported.revision()).isEqualTo(2);
        assertThat(imported.revisedBy()).isEqualTo("Wang Writer");
        // Line breaks become \n, as the co-editor counts them; nothing else changes.
        assertThat(editing.open(project).text())
                .isEqualTo(FountainReader.decode(brick, LIMIT.toBytes()).replace("\r\n", "\n"))
                .contains("BRICK & STEEL", "SMASH CUT TO:");
    }

    @Test
    void importsAFinalDraftFileWithEverythingInIt() {
        owner.signIn();
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Brick and Steel", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        byte[] brick = resource("/fountain/corpus/brick-and-steel.fountain");
        exchange.importScript(other, 0, "brick.fountain", brick);
        var fdx = exchange.exportFdx(other);
        assertThat(fdx.fileName()).isEqualTo("brick-and-steel.fdx");

        writer.signIn();
        var imported = exchange.importScript(project, 0, fdx.fileName(), fdx.content());

        var original = FountainReader.read(FountainReader.decode(brick, LIMIT.toBytes()));
        var again = FountainReader.read(imported.text());
        assertThat(imported.revision()).isEqualTo(1);
        assertThat(ElementShape.of(again.elements(), true))
                .containsExactlyElementsOf(ElementShape.of(original.elements(), true));
        assertThat(ElementShape.ofTitlePage(again.titlePage()))
                .containsExactlyElementsOf(ElementShape.ofTitlePage(original.titlePage()));
    }

    @Test
    void anImportOnAnOlderRevisionIsRefusedAndOverwritesNothing() {
        writer.signIn();
        editing.save(project, 0, "one");
        owner.signIn();
        editing.save(project, 1, "two, by the owner");
        writer.signIn();

        assertThatExceptionOfType(ScriptChangedMeanwhile.class)
                .isThrownBy(() -> exchange.importScript(project, 1, "old.fountain",
                        "INT. STALE - DAY\n".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(e.currentRevision()).isEqualTo(2));
        assertThat(editing.open(project).text()).isEqualTo("two, by the owner");
        assertThat(editing.open(project).revision()).isEqualTo(2);
    }

    @Test
    void aViewerCannotImportButMayExportEverything() {
        writer.signIn();
        editing.save(project, 0, "INT. HOUSE - DAY\n\nRain.\n");
        viewer.signIn();

        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> exchange.importScript(project, 1,
                "mine.fountain", "INT. VIEWER - DAY\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(editing.open(project).text()).isEqualTo("INT. HOUSE - DAY\n\nRain.\n");
        assertThat(editing.open(project).revision()).isEqualTo(1);

        assertThat(exchange.exportFountain(project)).isEqualTo(new ScriptFile("rain-city.fountain",
                "text/plain;charset=UTF-8", "INT. HOUSE - DAY\n\nRain.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(exchange.exportFdx(project).content(), StandardCharsets.UTF_8))
                .contains("<Text>INT. HOUSE - DAY</Text>", "<Text>Rain.</Text>");
        assertThat(exchange.exportPdf(project).fileName()).isEqualTo("rain-city.pdf");
        assertThat(exchange.exportPdf(project).content()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        Actors.create(context, "Stranger").signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> exchange.exportPdf(project));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> exchange.exportFountain(project));
    }

    @Test
    void anExternalEntityIsRefusedAndNothingChanges() {
        writer.signIn();
        editing.save(project, 0, "INT. HOUSE - DAY\n\nRain.\n");

        assertThatExceptionOfType(FinalDraftUnsafe.class).isThrownBy(() -> exchange.importScript(project, 1,
                "xxe.fdx", resource("/fountain/exchange/xxe.fdx")));
        assertThat(editing.open(project).text()).isEqualTo("INT. HOUSE - DAY\n\nRain.\n");
        assertThat(editing.open(project).revision()).isEqualTo(1);
    }

    @Test
    void billionLaughsAreRefusedAndNothingChanges() {
        writer.signIn();
        editing.save(project, 0, "INT. HOUSE - DAY\n\nRain.\n");

        assertThatExceptionOfType(FinalDraftUnsafe.class).isThrownBy(() -> exchange.importScript(project, 1,
                "laughs.fdx", resource("/fountain/exchange/billion-laughs.fdx")));
        assertThat(editing.open(project).text()).isEqualTo("INT. HOUSE - DAY\n\nRain.\n");
        assertThat(editing.open(project).revision()).isEqualTo(1);
    }

    @Test
    void filesOfOtherKindsOrTooLargeOrBrokenAreRefusedAndNothingChanges() {
        writer.signIn();
        editing.save(project, 0, "words");

        assertThatExceptionOfType(ScriptFormatUnknown.class)
                .isThrownBy(() -> exchange.importScript(project, 1, "script.docx", new byte[] {'P', 'K', 3, 4}))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("screenplay.exchange.error.unknown-type"))
                .satisfies(e -> assertThat(e.arguments()).containsExactly("script.docx"));
        assertThatExceptionOfType(ScriptTooLarge.class).isThrownBy(() -> exchange.importScript(project, 1,
                "long.fountain", "雨".repeat(22_000).getBytes(StandardCharsets.UTF_8)));
        assertThatExceptionOfType(ScriptTooLarge.class).isThrownBy(() -> exchange.importScript(project, 1,
                "long.fdx", new byte[64 * 1024 + 1]));
        assertThatExceptionOfType(FinalDraftMalformed.class).isThrownBy(() -> exchange.importScript(project, 1,
                "broken.fdx", "<FinalDraft>\n<Content>\n</FinalDraft>".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
        assertThatExceptionOfType(ScriptNotText.class).isThrownBy(() -> exchange.importScript(project, 1,
                "image.fountain", resource("/fountain/corpus/bad/png-image.fountain")));
        assertThat(editing.open(project).text()).isEqualTo("words");
        assertThat(editing.open(project).revision()).isEqualTo(1);
    }

    @Test
    void aChineseProjectPrintsOnA4WithItsDialogue() throws IOException {
        owner.signIn();
        var chinese = context.getBean(ProjectManagement.class).create(
                new NewProject("你好 剧本", "", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
        exchange.importScript(chinese, 0, "你好.fountain", resource("/fountain/corpus/zh-hello-fountain.fountain"));

        var pdf = exchange.exportPdf(chinese);
        assertThat(pdf.fileName()).isEqualTo("你好-剧本.pdf");
        try (var document = Loader.loadPDF(pdf.content())) {
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(841.89f);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                    .contains("角色1的台词。角色1的台词。", "角色2的台词。", "内景地点1-清晨");
        }
        var fdx = new String(exchange.exportFdx(chinese).content(), StandardCharsets.UTF_8);
        assertThat(fdx).contains("<Text>内景 地点1 - 清晨</Text>", "<PageSize Height=\"11.69\" Width=\"8.27\"/>");
    }

    @Test
    void anImportKeepsTheTextItReplacesAsAVersionWhoseRestoreUndoesIt() {
        writer.signIn();
        var first = "INT. HOUSE - DAY\n\nRain.\n";
        editing.save(project, 0, first);
        var history = context.getBean(ScriptHistory.class);

        var imported = exchange.importOver(project, "two.fountain",
                "EXT. ROOF - NIGHT\n\nSun.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(imported.keptRevision()).isEqualTo(1L);
        assertThat(imported.draft().revision()).isEqualTo(2);
        var kept = history.versions(project).stream().filter(v -> v.revision() == 1).toList();
        assertThat(kept).hasSize(1);
        assertThat(history.text(project, kept.getFirst().id())).isEqualTo(first);

        history.restore(project, kept.getFirst().id());
        assertThat(editing.open(project).text()).isEqualTo(first);
        assertThat(editing.open(project).revision()).isEqualTo(3);
    }

    @Test
    void anImportIntoAnEmptyScriptOrARefusedOneKeepsNoVersion() {
        writer.signIn();
        var history = context.getBean(ScriptHistory.class);

        var imported = exchange.importOver(project, "one.fountain",
                "INT. HOUSE - DAY\n\nRain.\n".getBytes(StandardCharsets.UTF_8));
        var versions = history.versions(project);
        assertThatExceptionOfType(ScriptChangedMeanwhile.class).isThrownBy(() -> exchange.importScript(project, 0,
                "late.fountain", "EXT. LATE - DAY\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(imported.keptRevision()).isNull();
        assertThat(versions).extracting(ScriptVersion::revision).doesNotContain(0L);
        assertThat(history.versions(project)).isEqualTo(versions);
        assertThat(editing.open(project).text()).isEqualTo("INT. HOUSE - DAY\n\nRain.\n");
    }
}
