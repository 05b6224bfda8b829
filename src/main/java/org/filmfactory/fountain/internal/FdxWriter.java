package org.filmfactory.fountain.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
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
 * Writes a screenplay as a Final Draft document ({@code .fdx}): {@code <FinalDraft DocumentType="Script">} with the
 * script's paragraphs in {@code Content}, the title page in {@code TitlePage}, the paragraph formats of the element
 * types used in {@code ElementSettings} and the paper in {@code PageLayout}.
 *
 * <p>Scene numbers go in the heading's {@code Number}, dual dialogue in a {@code DualDialogue} paragraph, centered
 * text as centered action, a page break as {@code StartsNewPage} on the next paragraph, emphasis as {@code Style}.
 * Fountain's sections, synopses and notes, which Final Draft has no paragraph type for, are written as paragraphs of
 * the types {@code Outline 1}…, {@code Synopsis} and {@code Note}, so that {@link FdxReader} brings them back. Each
 * title page paragraph carries its Fountain key in a {@value FdxReader#KEY_ATTRIBUTE} attribute (Final Draft keeps
 * only the layout); inline notes inside other text are not written.
 */
public final class FdxWriter {

    /** Lines on a title page before the title, as Final Draft's own title pages have it. */
    private static final int LINES_BEFORE_TITLE = 18;
    private static final int LINES_BEFORE_BOTTOM = 44;

    private final XMLStreamWriter xml;
    private final Set<String> typesUsed = new LinkedHashSet<>();
    private boolean newPage;

    private FdxWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static byte[] write(ParsedScript script, Paper paper) {
        var out = new ByteArrayOutputStream(8192 + script.elements().size() * 120);
        try {
            // The JDK's own writer, so the layout does not depend on which XML library a dependency brings along.
            var xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            var writer = new FdxWriter(xml);
            writer.document(script, paper);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing FDX to memory failed", e);
        }
        return out.toByteArray();
    }

    private void document(ParsedScript script, Paper paper) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        newline(0);
        xml.writeStartElement("FinalDraft");
        xml.writeAttribute("DocumentType", "Script");
        xml.writeAttribute("Template", "No");
        xml.writeAttribute("Version", "5");
        newline(1);
        xml.writeStartElement("Content");
        content(script.elements());
        newline(1);
        xml.writeEndElement();
        newline(1);
        xml.writeStartElement("TitlePage");
        newline(2);
        xml.writeStartElement("Content");
        titlePage(script.titlePage());
        newline(2);
        xml.writeEndElement();
        newline(1);
        xml.writeEndElement();
        for (String type : typesUsed) {
            elementSettings(type);
        }
        newline(1);
        xml.writeStartElement("PageLayout");
        xml.writeAttribute("BottomMargin", "72");
        xml.writeAttribute("FooterMargin", "36");
        xml.writeAttribute("HeaderMargin", "36");
        xml.writeAttribute("TopMargin", "72");
        xml.writeAttribute("UsesSmartQuotes", "No");
        newline(2);
        xml.writeEmptyElement("PageSize");
        xml.writeAttribute("Height", inches(paper.height()));
        xml.writeAttribute("Width", inches(paper.width()));
        newline(1);
        xml.writeEndElement();
        newline(0);
        xml.writeEndElement();
        newline(0);
        xml.writeEndDocument();
    }

    private void content(List<ScriptElement> elements) throws XMLStreamException {
        int n = elements.size();
        int i = 0;
        while (i < n) {
            var element = elements.get(i);
            if (element instanceof CharacterCue cue && cue.dual()) {
                // Final Draft puts two blocks side by side; a longer run of dual blocks goes two by two.
                int end = DialogueBlock.end(elements, i);
                if (end < n && elements.get(end) instanceof CharacterCue next && next.dual()) {
                    end = DialogueBlock.end(elements, end);
                }
                dualDialogue(elements.subList(i, end));
                i = end;
            } else if (element instanceof PageBreak) {
                if (newPage) {
                    pageBreakCarrier();
                }
                newPage = true;
                i++;
            } else {
                paragraph(element, 2);
                i++;
            }
        }
        if (newPage) {
            pageBreakCarrier();
        }
    }

    /** An empty paragraph that only starts a new page: for a break at the very end, or two breaks in a row. */
    private void pageBreakCarrier() throws XMLStreamException {
        newline(2);
        xml.writeStartElement("Paragraph");
        xml.writeAttribute("StartsNewPage", "Yes");
        xml.writeAttribute("Type", "Action");
        xml.writeEndElement();
        typesUsed.add("Action");
        newPage = false;
    }

    private void dualDialogue(List<ScriptElement> blocks) throws XMLStreamException {
        newline(2);
        xml.writeStartElement("Paragraph");
        startsNewPage();
        newline(3);
        xml.writeStartElement("DualDialogue");
        for (var element : blocks) {
            paragraph(element, 4);
        }
        newline(3);
        xml.writeEndElement();
        newline(2);
        xml.writeEndElement();
    }

    private void startsNewPage() throws XMLStreamException {
        if (newPage) {
            xml.writeAttribute("StartsNewPage", "Yes");
            newPage = false;
        }
    }

    private void paragraph(ScriptElement element, int depth) throws XMLStreamException {
        String type;
        List<TextRun> runs;
        String alignment = null;
        String number = null;
        switch (element) {
            case SceneHeading heading -> {
                type = "Scene Heading";
                runs = heading.runs();
                number = heading.sceneNumber();
            }
            case Action action -> {
                type = "Action";
                runs = action.runs();
            }
            case Centered centered -> {
                type = "Action";
                runs = centered.runs();
                alignment = "Center";
            }
            case CharacterCue cue -> {
                type = "Character";
                var text = new StringBuilder(cue.name());
                cue.extensions().forEach(extension -> text.append(" (").append(extension).append(')'));
                runs = List.of(TextRun.plain(text.toString()));
            }
            case Dialogue dialogue -> {
                type = "Dialogue";
                runs = dialogue.runs();
            }
            case Parenthetical parenthetical -> {
                type = "Parenthetical";
                runs = parenthetical.runs();
            }
            case Lyric lyric -> {
                type = "Lyrics";
                runs = lyric.runs();
            }
            case Transition transition -> {
                type = "Transition";
                runs = transition.runs();
            }
            case Section section -> {
                type = "Outline " + Math.max(1, section.depth());
                runs = List.of(TextRun.plain(section.text()));
            }
            case Synopsis synopsis -> {
                type = "Synopsis";
                runs = List.of(TextRun.plain(synopsis.text()));
            }
            case Note note -> {
                type = "Note";
                runs = List.of(TextRun.plain(note.text()));
            }
            case PageBreak pageBreak -> throw new IllegalStateException("page breaks are paragraph attributes");
        }
        String written = switch (element) {
            case Action action -> action.text();
            case Dialogue dialogue -> dialogue.text();
            case Lyric lyric -> lyric.text();
            case Centered centered -> centered.text();
            case Transition transition -> transition.text();
            default -> "";
        };
        if (TextRun.plainText(runs).isBlank() && !written.isBlank()) {
            // Nothing prints but Fountain notes: they are written as they are, so that they come back.
            runs = List.of(TextRun.plain(written));
        }
        typesUsed.add(type);
        newline(depth);
        xml.writeStartElement("Paragraph");
        if (alignment != null) {
            xml.writeAttribute("Alignment", alignment);
        }
        if (number != null) {
            xml.writeAttribute("Number", number);
        }
        startsNewPage();
        xml.writeAttribute("Type", type);
        texts(runs, depth + 1);
        newline(depth);
        xml.writeEndElement();
    }

    private void texts(List<TextRun> runs, int depth) throws XMLStreamException {
        if (runs.isEmpty()) {
            runs = List.of(TextRun.plain(""));
        }
        for (var run : runs) {
            newline(depth);
            xml.writeStartElement("Text");
            List<String> styles = new ArrayList<>(3);
            if (run.bold()) {
                styles.add("Bold");
            }
            if (run.italic()) {
                styles.add("Italic");
            }
            if (run.underline()) {
                styles.add("Underline");
            }
            if (!styles.isEmpty()) {
                xml.writeAttribute("Style", String.join("+", styles));
            }
            xml.writeCharacters(run.text());
            xml.writeEndElement();
        }
    }

    // Title page -------------------------------------------------------------------------------------------------------

    /**
     * Final Draft's title page is a page of paragraphs: title, credit, author and source centered about a third of
     * the way down, everything else (draft date, contact, notes) at the foot on the left, in the order written.
     */
    private void titlePage(List<TitlePageEntry> entries) throws XMLStreamException {
        int line = 0;
        boolean centeredBefore = false;
        for (var entry : entries) {
            boolean centered = TitlePageLayout.centered(entry);
            int spacer = line == 0 && centered ? LINES_BEFORE_TITLE
                    : !centered && centeredBefore && line < LINES_BEFORE_BOTTOM ? LINES_BEFORE_BOTTOM - line
                    : line == 0 ? 0 : 1;
            for (int s = 0; s < spacer; s++) {
                titleParagraph(null, centered, List.of());
                line++;
            }
            for (var valueLine : TitlePageLayout.lines(entry.runs())) {
                titleParagraph(entry.key().strip(), centered, valueLine);
                line++;
            }
            centeredBefore = centered;
        }
    }

    private void titleParagraph(@Nullable String key, boolean centered, List<TextRun> runs)
            throws XMLStreamException {
        newline(3);
        xml.writeStartElement("Paragraph");
        xml.writeAttribute("Alignment", centered ? "Center" : "Left");
        if (key != null) {
            xml.writeAttribute(FdxReader.KEY_ATTRIBUTE, key);
        }
        xml.writeAttribute("Type", "Action");
        texts(runs, 4);
        newline(3);
        xml.writeEndElement();
    }

    // Element settings -------------------------------------------------------------------------------------------------

    private void elementSettings(String type) throws XMLStreamException {
        var format = ParagraphFormat.of(type);
        newline(1);
        xml.writeStartElement("ElementSettings");
        xml.writeAttribute("Type", type);
        newline(2);
        xml.writeEmptyElement("FontSpec");
        xml.writeAttribute("Font", "Courier Final Draft");
        xml.writeAttribute("Size", "12");
        xml.writeAttribute("Style", format.style());
        newline(2);
        xml.writeEmptyElement("ParagraphSpec");
        xml.writeAttribute("Alignment", format.alignment());
        xml.writeAttribute("FirstIndent", "0.00");
        xml.writeAttribute("Leading", "Regular");
        xml.writeAttribute("LeftIndent", format.leftIndent());
        xml.writeAttribute("RightIndent", format.rightIndent());
        xml.writeAttribute("SpaceBefore", format.spaceBefore());
        xml.writeAttribute("Spacing", "1");
        xml.writeAttribute("StartsNewPage", "No");
        newline(2);
        xml.writeEmptyElement("Behavior");
        xml.writeAttribute("PaginateAs", type.startsWith("Outline") || type.equals("Synopsis")
                || type.equals("Note") ? "Action" : type);
        xml.writeAttribute("ReturnKey", format.returnKey());
        newline(1);
        xml.writeEndElement();
    }

    private void newline(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String inches(float points) {
        return String.format(Locale.ROOT, "%.2f", points / 72f);
    }
}
