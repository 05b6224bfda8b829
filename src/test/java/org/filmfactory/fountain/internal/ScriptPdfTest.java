package org.filmfactory.fountain.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.fountain.Paper;
import org.filmfactory.fountain.ParsedScript;
import org.junit.jupiter.api.Test;

/**
 * The printed script: Chinese prints in an embedded Chinese font, every font is embedded, the page count follows
 * the page-a-minute layout, a speech that crosses a page says (MORE) and (CONT'D), scene and page numbers print.
 */
class ScriptPdfTest {

    @Test
    void chineseDialoguePrintsInAnEmbeddedChineseFont() throws IOException {
        var script = FdxExchangeTest.corpusScript("zh-template");
        var dialogue = script.elements().stream().filter(Dialogue.class::isInstance).map(Dialogue.class::cast)
                .toList();
        assertThat(dialogue).hasSize(4);

        try (var pdf = Loader.loadPDF(ScriptPdf.write(script, Paper.A4))) {
            String text = squeeze(new PDFTextStripper().getText(pdf));
            for (var line : dialogue) {
                assertThat(text).contains(squeeze(line.text()));
            }
            assertThat(text).contains("基于Fountain的中文电影剧本模板", "内景茶馆-清晨");
            assertThat(fonts(pdf)).extracting(PDFont::getName)
                    .anyMatch(name -> name.contains("NotoSansSC"))
                    .anyMatch(name -> name.contains("CourierPrime"));
            assertThat(fonts(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595.28f);
        }
    }

    @Test
    void anEnglishScriptNeedsNoChineseFontAndIsOnLetterPaper() throws IOException {
        try (var pdf = Loader.loadPDF(ScriptPdf.write(FdxExchangeTest.corpusScript("brick-and-steel"),
                Paper.LETTER))) {
            assertThat(fonts(pdf)).extracting(PDFont::getName).noneMatch(name -> name.contains("NotoSansSC"));
            assertThat(fonts(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            // Title page, then the script: three pages for this three-minute short.
            assertThat(pdf.getNumberOfPages()).isBetween(3, 5);
        }
    }

    /**
     * The Last Birthday Card runs about 20 minutes: 21 KB of Fountain, 48 scenes, the parser's estimate at 55 lines a
     * page is some 18 pages. The print must land within 15 to 26 pages (title page included).
     */
    @Test
    void pageCountFollowsThePageAMinuteRule() throws IOException {
        var script = FdxExchangeTest.corpusScript("the-last-birthday-card");
        int eighths = script.scenes().stream().mapToInt(scene -> scene.eighths()).sum();
        try (var pdf = Loader.loadPDF(ScriptPdf.write(script, Paper.LETTER))) {
            assertThat(pdf.getNumberOfPages()).isBetween(15, 26);
            assertThat(pdf.getNumberOfPages()).isBetween((int) (eighths / 8 * 0.8), (int) (eighths / 8 * 1.4) + 2);
        }
    }

    @Test
    void aSpeechThatCrossesAPageSaysMoreAndContinued() throws IOException {
        var speech = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            speech.append("I remember line ").append(i).append(" of the longest speech in the world.\n");
        }
        var script = FountainReader.read("INT. HALL - NIGHT\n\nThe crowd waits.\n\nMARGARET (V.O.)\n" + speech);
        try (var pdf = Loader.loadPDF(ScriptPdf.write(script, Paper.LETTER))) {
            var pages = pages(pdf);
            assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
            assertThat(pages.get(0)).contains("MARGARET (V.O.)").contains("(MORE)");
            assertThat(pages.get(1)).contains("MARGARET (V.O.) (CONT'D)").doesNotContain("(MORE)\n2.");
            assertThat(pages.get(1).strip()).startsWith("2.");
            assertThat(squeeze(String.join("", pages)))
                    .contains(squeeze("I remember line 60 of the longest speech in the world."));
        }
    }

    @Test
    void aChineseSpeechThatCrossesAPageUsesChineseMarks() throws IOException {
        var speech = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            speech.append("我记得那年冬天的第").append(i).append("场雪，落在老房子的屋顶上。\n");
        }
        var script = FountainReader.read("内景 客厅 - 夜\n\n众人等待。\n\n@小美\n" + speech, Dialect.CHINESE);
        try (var pdf = Loader.loadPDF(ScriptPdf.write(script, Paper.A4))) {
            var pages = pages(pdf);
            assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
            assertThat(pages.get(0)).contains("（未完）").doesNotContain("(MORE)");
            assertThat(pages.get(1)).contains("小美 (续)").doesNotContain("CONT'D");
        }
    }

    @Test
    void aShortSpeechDoesNotSayMore() throws IOException {
        var script = FountainReader.read("INT. HALL - NIGHT\n\nMARGARET\nHello.\n");
        try (var pdf = Loader.loadPDF(ScriptPdf.write(script, Paper.LETTER))) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("(MORE)", "CONT'D").doesNotContain("1.");
            assertThat(pdf.getNumberOfPages()).isOne();
        }
    }

    @Test
    void sceneNumbersPrintInBothMarginsAndDualDialogueSideBySide() throws IOException {
        var script = FountainReader.read("""
                INT. HOUSE - DAY #7A#

                BRICK
                Screw retirement.

                STEEL ^
                Screw retirement.
                """);
        try (var pdf = Loader.loadPDF(ScriptPdf.write(script, Paper.LETTER))) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            var lines = stripper.getText(pdf).lines().map(String::strip).toList();
            assertThat(lines).contains("7A INT. HOUSE - DAY 7A");
            assertThat(lines).anyMatch(line -> line.matches("BRICK\\s+STEEL"));
            assertThat(lines).anyMatch(line -> line.matches("Screw retirement\\.\\s+Screw retirement\\."));
        }
    }

    @Test
    void notesSectionsAndSynopsesDoNotPrint() throws IOException {
        ParsedScript script = FountainReader.read(
                "# ACT ONE\n\n= The set-up\n\nINT. HOUSE - DAY\n\n[[check the props]]\n", Dialect.PLAIN);
        try (var pdf = Loader.loadPDF(ScriptPdf.write(script, Paper.LETTER))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("INT. HOUSE - DAY")
                    .doesNotContain("ACT ONE", "set-up", "check the props");
        }
    }

    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** Without white space, which text extraction puts where the layout breaks lines. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
