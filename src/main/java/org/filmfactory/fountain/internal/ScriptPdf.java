package org.filmfactory.fountain.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.jspecify.annotations.Nullable;

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

    private static final float SIZE = 12f;
    private static final float LINE = 12f;
    private static final float INCH = 72f;
    private static final float LEFT = 1.5f * INCH;
    private static final float MARGIN = INCH;
    private static final int UNDERLINE = 1;
    private static final Set<String> CENTERED_KEYS = Set.of("title", "credit", "author", "authors", "source",
            "标题", "署名", "作者", "编剧", "来源", "原著");
    private static final String CLOSING_PUNCTUATION = "，。、！？；：）」』》〉】〕…·,.!?;:)]";

    /** Printed text at a horizontal position, in one face. */
    private record Piece(float x, String text, PdfFonts.Face face, boolean underline, float width) {
    }

    /** One printed line; {@code sceneNumber} prints in both margins. An empty line is a blank line. */
    private record PrintLine(List<Piece> pieces, @Nullable String sceneNumber) {
        static final PrintLine BLANK = new PrintLine(List.of(), null);
    }

    private record Glyph(int codePoint, int style) {
    }

    /** What pagination places: ordinary lines, a dialogue block, dual dialogue, a forced page break. */
    private sealed interface Block permits Lines, Speech, Dual, NewPage {
    }

    /** @param keepWithNext lines of what follows that must share the page (a heading is never last on a page) */
    private record Lines(List<PrintLine> lines, boolean splittable, int keepWithNext) implements Block {
    }

    private record Speech(List<PrintLine> cue, List<PrintLine> continuedCue, List<PrintLine> body) implements Block {
    }

    private record Dual(List<PrintLine> lines) implements Block {
    }

    private record NewPage() implements Block {
    }

    private final PdfFonts fonts;
    private final Paper paper;
    private final float textWidth;
    private final int linesPerPage;

    private ScriptPdf(PdfFonts fonts, Paper paper) {
        this.fonts = fonts;
        this.paper = paper;
        this.textWidth = paper.width() - LEFT - MARGIN;
        this.linesPerPage = (int) ((paper.height() - 2 * MARGIN) / LINE);
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
            var pages = pdf.paginate(pdf.blocks(script.elements()));
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
                    var lines = wrap(glyphs(heading.runs(), 0), LEFT, textWidth);
                    if (!lines.isEmpty() && heading.sceneNumber() != null) {
                        lines.set(0, new PrintLine(lines.getFirst().pieces(), heading.sceneNumber()));
                    }
                    blocks.add(new Lines(lines, false, 2));
                    i++;
                }
                case CharacterCue cue -> {
                    int end = blockEnd(elements, i);
                    if (cue.dual() && end < n && elements.get(end) instanceof CharacterCue right && right.dual()) {
                        int rightEnd = blockEnd(elements, end);
                        blocks.add(dual(elements.subList(i, end), elements.subList(end, rightEnd)));
                        i = rightEnd;
                    } else {
                        blocks.add(speech(elements.subList(i, end)));
                        i = end;
                    }
                }
                case Action action -> {
                    blocks.add(new Lines(wrap(glyphs(action.runs(), 0), LEFT, textWidth), true, 0));
                    i++;
                }
                case Transition transition -> {
                    blocks.add(new Lines(aligned(glyphs(transition.runs(), 0), 1f), false, 0));
                    i++;
                }
                case Centered centered -> {
                    blocks.add(new Lines(aligned(glyphs(centered.runs(), 0), 0.5f), false, 0));
                    i++;
                }
                case Lyric lyric -> {
                    blocks.add(new Lines(wrap(glyphs(lyric.runs(), PdfFonts.ITALIC), LEFT, textWidth), true, 0));
                    i++;
                }
                case Dialogue dialogue -> {
                    blocks.add(new Lines(wrap(glyphs(dialogue.runs(), 0), LEFT + INCH, 3.5f * INCH), true, 0));
                    i++;
                }
                case Parenthetical parenthetical -> {
                    blocks.add(new Lines(wrap(glyphs(parenthetical.runs(), 0), LEFT + 1.5f * INCH, 2.5f * INCH),
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

    private static int blockEnd(List<ScriptElement> elements, int cue) {
        int end = cue + 1;
        while (end < elements.size() && (elements.get(end) instanceof Dialogue
                || elements.get(end) instanceof Parenthetical || elements.get(end) instanceof Lyric)) {
            end++;
        }
        return end;
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
        var cueLines = wrap(glyphs(List.of(TextRun.plain(cueText(cue, false))), 0), cueX, right - cueX);
        var continued = wrap(glyphs(List.of(TextRun.plain(cueText(cue, true))), 0), cueX, right - cueX);
        return new Speech(cueLines, continued, parts(block, LEFT + INCH, 3.5f * INCH, LEFT + 1.5f * INCH, 2.5f * INCH));
    }

    private List<PrintLine> parts(List<ScriptElement> block, float dialogueX, float dialogueWidth, float parenX,
            float parenWidth) {
        List<PrintLine> body = new ArrayList<>();
        for (var part : block.subList(1, block.size())) {
            switch (part) {
                case Dialogue dialogue -> body.addAll(wrap(glyphs(dialogue.runs(), 0), dialogueX, dialogueWidth));
                case Parenthetical parenthetical -> body.addAll(wrap(glyphs(parenthetical.runs(), 0), parenX,
                        parenWidth));
                case Lyric lyric -> body.addAll(wrap(glyphs(lyric.runs(), PdfFonts.ITALIC), dialogueX, dialogueWidth));
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
            List<PrintLine> lines = new ArrayList<>(wrap(glyphs(List.of(TextRun.plain(cueText(cue, false))), 0),
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

    // Pagination -------------------------------------------------------------------------------------------------------

    private List<List<PrintLine>> paginate(List<Block> blocks) {
        List<List<PrintLine>> pages = new ArrayList<>();
        List<PrintLine> page = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            var block = blocks.get(b);
            if (block instanceof NewPage) {
                if (!page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
                continue;
            }
            switch (block) {
                case Lines lines -> {
                    var rest = lines.lines();
                    int keep = lines.keepWithNext() > 0 && b + 1 < blocks.size() ? lines.keepWithNext() + 1 : 0;
                    if (!page.isEmpty() && room(page) < 1 + rest.size() + keep) {
                        if (lines.splittable() && room(page) >= 3) {
                            page.add(PrintLine.BLANK);
                            int fit = room(page);
                            page.addAll(rest.subList(0, fit));
                            rest = rest.subList(fit, rest.size());
                        }
                        pages.add(page);
                        page = new ArrayList<>();
                    } else if (!page.isEmpty()) {
                        page.add(PrintLine.BLANK);
                    }
                    while (rest.size() > room(page)) {
                        int fit = room(page);
                        page.addAll(rest.subList(0, fit));
                        rest = rest.subList(fit, rest.size());
                        pages.add(page);
                        page = new ArrayList<>();
                    }
                    page.addAll(rest);
                }
                case Speech speech -> {
                    var cue = speech.cue();
                    var body = speech.body();
                    if (!page.isEmpty() && room(page) >= 1 + cue.size() + body.size()) {
                        page.add(PrintLine.BLANK);
                        page.addAll(cue);
                        page.addAll(body);
                        break;
                    }
                    // The block goes over the page end: as much as fits, then (MORE), then the rest under CONT'D.
                    if (!page.isEmpty()) {
                        page.add(PrintLine.BLANK);
                    }
                    while (true) {
                        int fit = room(page) - cue.size() - 1;
                        if (page.isEmpty()) {
                            fit = Math.max(1, fit);
                        }
                        if (body.size() <= room(page) - cue.size()) {
                            page.addAll(cue);
                            page.addAll(body);
                            break;
                        }
                        if (fit >= 2 || (fit >= 1 && page.isEmpty())) {
                            page.addAll(cue);
                            page.addAll(body.subList(0, fit));
                            page.add(more(cue));
                            body = body.subList(fit, body.size());
                            cue = speech.continuedCue();
                        } else if (!page.isEmpty() && page.getLast() == PrintLine.BLANK) {
                            page.removeLast();
                        }
                        pages.add(page);
                        page = new ArrayList<>();
                    }
                }
                case Dual dual -> {
                    int needed = (page.isEmpty() ? 0 : 1) + dual.lines().size();
                    if (!page.isEmpty() && room(page) < needed) {
                        pages.add(page);
                        page = new ArrayList<>();
                    } else if (!page.isEmpty()) {
                        page.add(PrintLine.BLANK);
                    }
                    var rest = dual.lines();
                    while (rest.size() > room(page)) {
                        int fit = room(page);
                        page.addAll(rest.subList(0, fit));
                        rest = rest.subList(fit, rest.size());
                        pages.add(page);
                        page = new ArrayList<>();
                    }
                    page.addAll(rest);
                }
                case NewPage newPage -> { }
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private int room(List<PrintLine> page) {
        return linesPerPage - page.size();
    }

    private PrintLine more(List<PrintLine> cue) {
        float x = cue.isEmpty() || cue.getFirst().pieces().isEmpty() ? LEFT + 2f * INCH
                : cue.getFirst().pieces().getFirst().x();
        return line(glyphs(List.of(TextRun.plain(paper.moreMark())), 0), x);
    }

    // Title page -------------------------------------------------------------------------------------------------------

    /** Title, credit, author and source centered from a third of the way down; the rest at the foot on the left. */
    private List<PrintLine> titlePage(List<TitlePageEntry> entries) {
        List<PrintLine> top = new ArrayList<>();
        List<PrintLine> bottom = new ArrayList<>();
        for (var entry : entries) {
            boolean centered = CENTERED_KEYS.contains(entry.key().strip().toLowerCase(Locale.ROOT));
            var target = centered ? top : bottom;
            if (!target.isEmpty()) {
                target.add(PrintLine.BLANK);
            }
            for (var line : lines(glyphs(entry.runs(), 0))) {
                target.addAll(centered ? aligned(line, 0.5f) : wrap(line, LEFT, textWidth / 2));
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

    // Text -------------------------------------------------------------------------------------------------------------

    private static List<Glyph> glyphs(List<TextRun> runs, int extraStyle) {
        List<Glyph> glyphs = new ArrayList<>();
        for (var run : runs) {
            int style = extraStyle | (run.bold() ? PdfFonts.BOLD : 0) | (run.italic() ? PdfFonts.ITALIC : 0)
                    | (run.underline() ? UNDERLINE : 0);
            run.text().codePoints().forEach(c -> glyphs.add(new Glyph(c == '\t' ? ' ' : c, style)));
        }
        return glyphs;
    }

    private static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        for (var glyph : glyphs) {
            if (glyph.codePoint() == '\n') {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(glyph);
            }
        }
        lines.add(line);
        return lines;
    }

    /** Lines aligned within the text width: 0 left, 0.5 centered, 1 right. */
    private List<PrintLine> aligned(List<Glyph> glyphs, float alignment) {
        List<PrintLine> printed = new ArrayList<>();
        for (var line : wrap(glyphs, LEFT, textWidth)) {
            float width = 0;
            for (var piece : line.pieces()) {
                width += piece.width();
            }
            float shift = (textWidth - width) * alignment - (line.pieces().isEmpty() ? 0
                    : line.pieces().getFirst().x() - LEFT);
            List<Piece> moved = new ArrayList<>();
            for (var piece : line.pieces()) {
                moved.add(new Piece(piece.x() + shift, piece.text(), piece.face(), piece.underline(), piece.width()));
            }
            printed.add(new PrintLine(moved, null));
        }
        return printed;
    }

    /**
     * Breaks text into lines no wider than {@code width}: after spaces, and before or after any Chinese character
     * (but never before closing punctuation, which hangs into the margin instead). A word longer than a line is cut.
     */
    private List<PrintLine> wrap(List<Glyph> glyphs, float x, float width) {
        List<PrintLine> printed = new ArrayList<>();
        for (var hard : lines(glyphs)) {
            if (hard.isEmpty()) {
                printed.add(PrintLine.BLANK);
                continue;
            }
            List<Glyph> line = new ArrayList<>();
            float lineWidth = 0;
            int breakAt = -1;
            for (var glyph : hard) {
                int c = glyph.codePoint();
                float w = advance(glyph);
                boolean space = c == ' ';
                boolean hangs = CLOSING_PUNCTUATION.indexOf(c) >= 0;
                if (!space && !hangs && lineWidth + w > width + 0.01f && !line.isEmpty()) {
                    List<Glyph> carry;
                    if (breakAt > 0) {
                        carry = new ArrayList<>(line.subList(breakAt, line.size()));
                        line = new ArrayList<>(line.subList(0, breakAt));
                    } else {
                        carry = new ArrayList<>();
                    }
                    printed.add(line(trimEnd(line), x));
                    line = trimStart(carry);
                    lineWidth = 0;
                    for (var kept : line) {
                        lineWidth += advance(kept);
                    }
                    breakAt = -1;
                }
                if (space && line.isEmpty() && !printed.isEmpty() && printed.getLast() != PrintLine.BLANK) {
                    continue;
                }
                if (isWide(c) && !line.isEmpty()) {
                    breakAt = line.size();
                }
                line.add(glyph);
                lineWidth += w;
                if (space || isWide(c) || hangs) {
                    breakAt = line.size();
                }
            }
            printed.add(line(trimEnd(line), x));
        }
        return printed;
    }

    private static List<Glyph> trimEnd(List<Glyph> line) {
        int end = line.size();
        while (end > 0 && line.get(end - 1).codePoint() == ' ') {
            end--;
        }
        return line.subList(0, end);
    }

    private static List<Glyph> trimStart(List<Glyph> line) {
        int start = 0;
        while (start < line.size() && line.get(start).codePoint() == ' ') {
            start++;
        }
        return new ArrayList<>(line.subList(start, line.size()));
    }

    private static boolean isWide(int c) {
        var script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
    }

    private float advance(Glyph glyph) {
        var face = fonts.face(glyph.codePoint(), glyph.style());
        return face == null ? fonts.width(fonts.mono(0), '?', SIZE) : fonts.width(face, glyph.codePoint(), SIZE);
    }

    /** A line of glyphs as pieces of one face and underline each, starting at {@code x}. */
    private PrintLine line(List<Glyph> glyphs, float x) {
        List<Piece> pieces = new ArrayList<>();
        var text = new StringBuilder();
        PdfFonts.Face face = null;
        boolean underline = false;
        float start = x;
        float at = x;
        for (var glyph : glyphs) {
            var glyphFace = fonts.face(glyph.codePoint(), glyph.style());
            int c = glyph.codePoint();
            if (glyphFace == null) {
                glyphFace = fonts.mono(glyph.style());
                c = '?';
            }
            boolean glyphUnderline = (glyph.style() & UNDERLINE) != 0;
            if (face != null && (glyphFace != face || glyphUnderline != underline)) {
                pieces.add(new Piece(start, text.toString(), face, underline, at - start));
                text.setLength(0);
                start = at;
            }
            face = glyphFace;
            underline = glyphUnderline;
            text.appendCodePoint(c);
            at += fonts.width(glyphFace, c, SIZE);
        }
        if (face != null && !text.isEmpty()) {
            pieces.add(new Piece(start, text.toString(), face, underline, at - start));
        }
        return new PrintLine(pieces, null);
    }

    // Drawing ----------------------------------------------------------------------------------------------------------

    private void draw(PDDocument document, List<PrintLine> lines, int number) throws IOException {
        var page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
            if (number >= 2) {
                var label = line(glyphs(List.of(TextRun.plain(number + ".")), 0), 0);
                float width = label.pieces().stream().map(Piece::width).reduce(0f, Float::sum);
                drawLine(content, shift(label, LEFT + textWidth - width), paper.height() - 0.5f * INCH - 9);
            }
            for (int k = 0; k < lines.size(); k++) {
                float baseline = paper.height() - MARGIN - k * LINE - 9;
                var line = lines.get(k);
                drawLine(content, line, baseline);
                if (line.sceneNumber() != null) {
                    var number1 = line(glyphs(List.of(TextRun.plain(line.sceneNumber())), 0), 0);
                    float width = number1.pieces().stream().map(Piece::width).reduce(0f, Float::sum);
                    drawLine(content, shift(number1, LEFT - 0.25f * INCH - width), baseline);
                    drawLine(content, shift(number1, LEFT + textWidth + 0.25f * INCH), baseline);
                }
            }
        }
    }

    private static PrintLine shift(PrintLine line, float x) {
        List<Piece> moved = new ArrayList<>();
        for (var piece : line.pieces()) {
            moved.add(new Piece(piece.x() + x, piece.text(), piece.face(), piece.underline(), piece.width()));
        }
        return new PrintLine(moved, null);
    }

    private static void drawLine(PDPageContentStream content, PrintLine line, float baseline) throws IOException {
        for (var piece : line.pieces()) {
            PDFont font = piece.face().font();
            content.beginText();
            content.setFont(font, SIZE);
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
