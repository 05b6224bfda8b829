package org.filmfactory.fountain.internal;

import static org.filmfactory.fountain.internal.Typesetter.glyphs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.filmfactory.fountain.internal.Pagination.Block;
import org.filmfactory.fountain.internal.Pagination.Dual;
import org.filmfactory.fountain.internal.Pagination.Lines;
import org.filmfactory.fountain.internal.Pagination.NewPage;
import org.filmfactory.fountain.internal.Pagination.Speech;
import org.filmfactory.fountain.internal.PrintLine.Piece;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.Centered;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.Lyric;
import org.filmfactory.fountain.Note;
import org.filmfactory.fountain.PageBreak;
import org.filmfactory.fountain.Paper;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.Section;
import org.filmfactory.fountain.Synopsis;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.TitlePageEntry;
import org.filmfactory.fountain.Transition;

/**
 * Prints a screenplay as a PDF in the industry layout: Courier-style 12 pt type at ten characters an inch and six
 * lines an inch, margins of 1.5" on the left and 1" elsewhere, character names 2" in from the left margin, dialogue
 * 1" in and 3.5" wide, parentheticals 1.5" in, transitions flush right; scene numbers in both margins when the
 * script has them; page numbers at the top right from page 2; a dialogue block that does not fit ends with
 * {@code (MORE)} and goes on under {@code NAME (CONT'D)} on the next page; dual dialogue side by side; the title page
 * first when there is one. Sections, synopses and notes do not print. See {@link PdfFonts} for the type.
 *
 * <p>At 54 lines a Letter page this gives the customary page a minute of screen time.
 */
public final class ScriptPdf {

    private static final float LINE = 12f;
    private static final float INCH = 72f;
    private static final float LEFT = 1.5f * INCH;
    private static final float MARGIN = INCH;

    private final Paper paper;
    private final float textWidth;
    private final int linesPerPage;
    private final Typesetter type;

    private ScriptPdf(PdfFonts fonts, Paper paper) {
        this.paper = paper;
        this.textWidth = paper.width() - LEFT - MARGIN;
        this.linesPerPage = (int) ((paper.height() - 2 * MARGIN) / LINE);
        this.type = new Typesetter(fonts, LEFT, textWidth);
    }

    public static byte[] write(ParsedScript script, Paper paper) {
        try (var document = new PDDocument(); var fonts = new PdfFonts(document)) {
            fonts.prepareFor(allText(script));
            var pdf = new ScriptPdf(fonts, paper);
            var info = document.getDocumentInformation();
            if (script.title() != null) {
                info.setTitle(script.title());
            }
            info.setCreator("Film Factory");
            if (!script.titlePage().isEmpty()) {
                pdf.draw(document, pdf.titlePage(script.titlePage()), 0);
            }
            var pages = new Pagination(pdf.linesPerPage, pdf.type, paper.moreMark(), LEFT + 2f * INCH)
                    .paginate(pdf.blocks(script.elements()));
            for (int i = 0; i < pages.size(); i++) {
                pdf.draw(document, pages.get(i), i + 1);
            }
            if (pages.isEmpty() && script.titlePage().isEmpty()) {
                document.addPage(new PDPage(new PDRectangle(paper.width(), paper.height())));
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PDF to memory failed", e);
        }
    }

    private static String allText(ParsedScript script) {
        var text = new StringBuilder();
        for (var entry : script.titlePage()) {
            text.append(TextRun.plainText(entry.runs()));
        }
        for (var element : script.elements()) {
            switch (element) {
                case CharacterCue cue -> text.append(cue.name()).append(String.join("", cue.extensions()));
                case SceneHeading heading -> text.append(TextRun.plainText(heading.runs()));
                case Action action -> text.append(TextRun.plainText(action.runs()));
                case Dialogue dialogue -> text.append(TextRun.plainText(dialogue.runs()));
                case Parenthetical parenthetical -> text.append(TextRun.plainText(parenthetical.runs()));
                case Lyric lyric -> text.append(TextRun.plainText(lyric.runs()));
                case Transition transition -> text.append(TextRun.plainText(transition.runs()));
                case Centered centered -> text.append(TextRun.plainText(centered.runs()));
                case PageBreak pageBreak -> { }
                case Section section -> { }
                case Synopsis synopsis -> { }
                case Note note -> { }
            }
        }
        return text.toString();
    }

    // Elements to blocks -----------------------------------------------------------------------------------------------

    private List<Block> blocks(List<ScriptElement> elements) {
        List<Block> blocks = new ArrayList<>();
        int n = elements.size();
        int i = 0;
        while (i < n) {
            var element = elements.get(i);
            switch (element) {
                case SceneHeading heading -> {
                    var lines = type.wrap(glyphs(heading.runs(), 0), LEFT, textWidth);
                    if (!lines.isEmpty() && heading.sceneNumber() != null) {
                        lines.set(0, new PrintLine(lines.getFirst().pieces(), heading.sceneNumber()));
                    }
                    blocks.add(new Lines(lines, false, 2));
                    i++;
                }
                case CharacterCue cue -> {
                    int end = DialogueBlock.end(elements, i);
                    if (cue.dual() && end < n && elements.get(end) instanceof CharacterCue right && right.dual()) {
                        int rightEnd = DialogueBlock.end(elements, end);
                        blocks.add(dual(elements.subList(i, end), elements.subList(end, rightEnd)));
                        i = rightEnd;
                    } else {
                        blocks.add(speech(elements.subList(i, end)));
                        i = end;
                    }
                }
                case Action action -> {
                    blocks.add(new Lines(type.wrap(glyphs(action.runs(), 0), LEFT, textWidth), true, 0));
                    i++;
                }
                case Transition transition -> {
                    blocks.add(new Lines(type.aligned(glyphs(transition.runs(), 0), 1f), false, 0));
                    i++;
                }
                case Centered centered -> {
                    blocks.add(new Lines(type.aligned(glyphs(centered.runs(), 0), 0.5f), false, 0));
                    i++;
                }
                case Lyric lyric -> {
                    blocks.add(new Lines(type.wrap(glyphs(lyric.runs(), PdfFonts.ITALIC), LEFT, textWidth), true, 0));
                    i++;
                }
                case Dialogue dialogue -> {
                    blocks.add(new Lines(type.wrap(glyphs(dialogue.runs(), 0), LEFT + INCH, 3.5f * INCH), true, 0));
                    i++;
                }
                case Parenthetical parenthetical -> {
                    blocks.add(new Lines(type.wrap(glyphs(parenthetical.runs(), 0), LEFT + 1.5f * INCH, 2.5f * INCH),
                            true, 0));
                    i++;
                }
                case PageBreak pageBreak -> {
                    blocks.add(new NewPage());
                    i++;
                }
                case Section section -> i++;
                case Synopsis synopsis -> i++;
                case Note note -> i++;
            }
        }
        return blocks;
    }

    private String cueText(CharacterCue cue, boolean continued) {
        var text = new StringBuilder(cue.name());
        for (String extension : cue.extensions()) {
            text.append(" (").append(extension).append(')');
        }
        if (continued && cue.extensions().stream().noneMatch(e -> e.equalsIgnoreCase("CONT'D")
                || e.equals(paper.continuedMark()))) {
            text.append(" (").append(paper.continuedMark()).append(')');
        }
        return text.toString();
    }

    private Speech speech(List<ScriptElement> block) {
        var cue = (CharacterCue) block.getFirst();
        float cueX = LEFT + 2f * INCH;
        float right = LEFT + textWidth;
        var cueLines = type.wrap(glyphs(cueText(cue, false)), cueX, right - cueX);
        var continued = type.wrap(glyphs(cueText(cue, true)), cueX, right - cueX);
        return new Speech(cueLines, continued, parts(block, LEFT + INCH, 3.5f * INCH, LEFT + 1.5f * INCH, 2.5f * INCH));
    }

    private List<PrintLine> parts(List<ScriptElement> block, float dialogueX, float dialogueWidth, float parenX,
            float parenWidth) {
        List<PrintLine> body = new ArrayList<>();
        for (var part : block.subList(1, block.size())) {
            switch (part) {
                case Dialogue dialogue -> body.addAll(type.wrap(glyphs(dialogue.runs(), 0), dialogueX, dialogueWidth));
                case Parenthetical parenthetical -> body.addAll(type.wrap(glyphs(parenthetical.runs(), 0), parenX,
                        parenWidth));
                case Lyric lyric -> body.addAll(type.wrap(glyphs(lyric.runs(), PdfFonts.ITALIC), dialogueX, dialogueWidth));
                default -> throw new IllegalStateException("not part of a dialogue block: " + part);
            }
        }
        return body;
    }

    /** Two dialogue blocks side by side, each in half the text width with a quarter inch between them. */
    private Dual dual(List<ScriptElement> left, List<ScriptElement> right) {
        float gap = 0.25f * INCH;
        float column = (textWidth - gap) / 2;
        List<List<PrintLine>> columns = new ArrayList<>();
        for (var side : List.of(left, right)) {
            float x = LEFT + (side == left ? 0 : column + gap);
            var cue = (CharacterCue) side.getFirst();
            float cueX = x + 0.25f * column;
            List<PrintLine> lines = new ArrayList<>(type.wrap(glyphs(cueText(cue, false)),
                    cueX, x + column - cueX));
            lines.addAll(parts(side, x, column, x + 0.1f * column, 0.8f * column));
            columns.add(lines);
        }
        List<PrintLine> merged = new ArrayList<>();
        int height = Math.max(columns.get(0).size(), columns.get(1).size());
        for (int k = 0; k < height; k++) {
            List<Piece> pieces = new ArrayList<>();
            for (var lines : columns) {
                if (k < lines.size()) {
                    pieces.addAll(lines.get(k).pieces());
                }
            }
            merged.add(new PrintLine(pieces, null));
        }
        return new Dual(merged);
    }

    // Title page -------------------------------------------------------------------------------------------------------

    /** Title, credit, author and source centered from a third of the way down; the rest at the foot on the left. */
    private List<PrintLine> titlePage(List<TitlePageEntry> entries) {
        List<PrintLine> top = new ArrayList<>();
        List<PrintLine> bottom = new ArrayList<>();
        for (var entry : entries) {
            boolean centered = TitlePageLayout.centered(entry);
            var target = centered ? top : bottom;
            if (!target.isEmpty()) {
                target.add(PrintLine.BLANK);
            }
            for (var line : Typesetter.lines(glyphs(entry.runs(), 0))) {
                target.addAll(centered ? type.aligned(line, 0.5f) : type.wrap(line, LEFT, textWidth / 2));
            }
        }
        List<PrintLine> page = new ArrayList<>();
        int start = Math.max(0, Math.min(linesPerPage / 3, linesPerPage - top.size() - bottom.size() - 1));
        for (int k = 0; k < start; k++) {
            page.add(PrintLine.BLANK);
        }
        page.addAll(top.subList(0, Math.min(top.size(), linesPerPage - page.size())));
        while (page.size() < linesPerPage - bottom.size()) {
            page.add(PrintLine.BLANK);
        }
        page.addAll(bottom.subList(0, Math.min(bottom.size(), linesPerPage - page.size())));
        return page;
    }

    // Drawing ----------------------------------------------------------------------------------------------------------

    private void draw(PDDocument document, List<PrintLine> lines, int number) throws IOException {
        var page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
            if (number >= 2) {
                var label = type.line(glyphs(number + "."), 0);
                drawLine(content, label.shiftedBy(LEFT + textWidth - label.width()), paper.height() - 0.5f * INCH - 9);
            }
            for (int k = 0; k < lines.size(); k++) {
                float baseline = paper.height() - MARGIN - k * LINE - 9;
                var line = lines.get(k);
                drawLine(content, line, baseline);
                if (line.sceneNumber() != null) {
                    var sceneNumber = type.line(glyphs(line.sceneNumber()), 0);
                    drawLine(content, sceneNumber.shiftedBy(LEFT - 0.25f * INCH - sceneNumber.width()), baseline);
                    drawLine(content, sceneNumber.shiftedBy(LEFT + textWidth + 0.25f * INCH), baseline);
                }
            }
        }
    }

    private static void drawLine(PDPageContentStream content, PrintLine line, float baseline) throws IOException {
        for (var piece : line.pieces()) {
            PDFont font = piece.face().font();
            content.beginText();
            content.setFont(font, Typesetter.SIZE);
            content.newLineAtOffset(piece.x(), baseline);
            content.showText(piece.text());
            content.endText();
            if (piece.underline()) {
                content.setLineWidth(0.6f);
                content.moveTo(piece.x(), baseline - 1.8f);
                content.lineTo(piece.x() + piece.width(), baseline - 1.8f);
                content.stroke();
            }
        }
    }
}
