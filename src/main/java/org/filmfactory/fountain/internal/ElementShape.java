package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.Centered;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.Lyric;
import org.filmfactory.fountain.Note;
import org.filmfactory.fountain.PageBreak;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.Section;
import org.filmfactory.fountain.Synopsis;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.TitlePageEntry;
import org.filmfactory.fountain.Transition;

/**
 * What an element says, without where it was written or how it was marked up: its kind, its printed text with white
 * space normalised (lines trimmed, runs of white space as one space, blank lines at the edges dropped), the emphasis
 * of every visible character, and what else belongs to it (scene number, cue extensions, dual dialogue, section
 * depth). Two scripts with equal shapes print and break down the same, whichever file they came from; this is how a
 * conversion is checked to have kept everything.
 *
 * @param kind the element's record name
 * @param text the printed text, normalised
 * @param emphasis one digit per visible (non-space) character of {@code text}: 4 bold + 2 italic + 1 underline
 * @param detail what else the element carries
 */
public record ElementShape(String kind, String text, String emphasis, String detail) {

    /** The shape of {@code element}; {@code withDual} tells whether a cue's dual-dialogue mark counts. */
    public static ElementShape of(ScriptElement element, boolean withDual) {
        return switch (element) {
            case SceneHeading heading -> ofRuns("SceneHeading", heading.runs(),
                    heading.sceneNumber() == null ? "" : "#" + heading.sceneNumber());
            case Action action -> ofRuns("Action", action.runs(), "");
            case CharacterCue cue -> new ElementShape("CharacterCue", normalize(cue.name()), "",
                    cue.extensions().stream().map(ElementShape::normalize).toList()
                            + (withDual && cue.dual() ? " dual" : ""));
            case Dialogue dialogue -> ofRuns("Dialogue", dialogue.runs(), "");
            case Parenthetical parenthetical -> ofRuns("Parenthetical", parenthetical.runs(), "");
            case Lyric lyric -> ofRuns("Lyric", lyric.runs(), "");
            case Transition transition -> ofRuns("Transition", transition.runs(), "");
            case Centered centered -> ofRuns("Centered", centered.runs(), "");
            case PageBreak pageBreak -> new ElementShape("PageBreak", "", "", "");
            case Section section -> new ElementShape("Section", normalize(section.text()), "",
                    String.valueOf(section.depth()));
            case Synopsis synopsis -> new ElementShape("Synopsis", normalize(synopsis.text()), "", "");
            case Note note -> new ElementShape("Note", normalize(note.text()), "", "");
        };
    }

    public static List<ElementShape> of(List<ScriptElement> elements, boolean withDual) {
        List<ElementShape> shapes = new ArrayList<>(elements.size());
        for (var element : elements) {
            shapes.add(of(element, withDual));
        }
        return shapes;
    }

    /** A title page entry's shape: its key as the kind, its printed value as the text. */
    public static ElementShape of(TitlePageEntry entry) {
        return ofRuns(normalize(entry.key()), entry.runs(), "");
    }

    public static List<ElementShape> ofTitlePage(List<TitlePageEntry> entries) {
        return entries.stream().map(ElementShape::of).toList();
    }

    /** Whether two lists of runs print the same characters with the same emphasis (white space included). */
    static boolean samePrint(List<TextRun> a, List<TextRun> b) {
        return TextRun.plainText(a).equals(TextRun.plainText(b)) && emphasis(a).equals(emphasis(b));
    }

    private static ElementShape ofRuns(String kind, List<TextRun> runs, String detail) {
        return new ElementShape(kind, normalize(TextRun.plainText(runs)), emphasis(runs), detail);
    }

    private static String emphasis(List<TextRun> runs) {
        var digits = new StringBuilder();
        for (var run : runs) {
            char code = (char) ('0' + (run.bold() ? 4 : 0) + (run.italic() ? 2 : 0) + (run.underline() ? 1 : 0));
            run.text().codePoints().filter(c -> !isSpace(c)).forEach(c -> digits.append(code));
        }
        return digits.toString();
    }

    static String normalize(String text) {
        var out = new StringBuilder(text.length());
        var lines = new ArrayList<String>();
        for (String line : text.split("\n", -1)) {
            out.setLength(0);
            boolean space = false;
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                i += Character.charCount(c);
                if (isSpace(c)) {
                    space = out.length() > 0;
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.appendCodePoint(c);
                }
            }
            lines.add(out.toString());
        }
        int first = 0;
        int last = lines.size();
        while (first < last && lines.get(first).isEmpty()) {
            first++;
        }
        while (last > first && lines.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join("\n", lines.subList(first, last));
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
    }
}
