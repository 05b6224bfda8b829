package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.Centered;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.Lyric;
import org.filmfactory.fountain.Note;
import org.filmfactory.fountain.PageBreak;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.Scene;
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.Section;
import org.filmfactory.fountain.Synopsis;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.Transition;

/**
 * Groups elements into scenes (a heading and everything up to the next one) and estimates each scene's length in
 * eighths of a page. The estimate counts printed lines as a screenplay sets them in Courier 12 pt, ten characters to
 * the inch: action, headings, transitions and centered text wrap at 60 columns, dialogue and lyrics at 35,
 * parentheticals at 25; Chinese and other wide characters take two columns; headings, action, transitions and
 * centered text are followed by a blank line, and so is each dialogue block. A page holds 55 lines. The result is
 * rounded to the nearest eighth and is at least one eighth, as on a production's breakdown sheet. Sections,
 * synopses and notes do not print and take no room.
 */
final class SceneAssembler {

    static final int LINES_PER_PAGE = 55;
    static final int ACTION_WIDTH = 60;
    static final int DIALOGUE_WIDTH = 35;
    static final int PARENTHETICAL_WIDTH = 25;

    private SceneAssembler() {
    }

    static List<Scene> assemble(List<ScriptElement> elements) {
        List<Scene> scenes = new ArrayList<>();
        SceneHeading heading = null;
        Set<String> characters = new LinkedHashSet<>();
        int dialogues = 0;
        int actions = 0;
        int lines = 0;
        int lastLine = 0;
        for (var element : elements) {
            if (element instanceof SceneHeading next) {
                if (heading != null) {
                    scenes.add(scene(scenes.size() + 1, heading, lastLine, characters, dialogues, actions, lines));
                }
                heading = next;
                characters = new LinkedHashSet<>();
                dialogues = 0;
                actions = 0;
                lines = 0;
            }
            if (heading == null) {
                continue;
            }
            lastLine = element.lastLine();
            lines += printedLines(element);
            if (element instanceof CharacterCue cue) {
                characters.add(cue.normalizedName());
                dialogues++;
            } else if (element instanceof Action) {
                actions++;
            }
        }
        if (heading != null) {
            scenes.add(scene(scenes.size() + 1, heading, lastLine, characters, dialogues, actions, lines));
        }
        return scenes;
    }

    private static Scene scene(int number, SceneHeading heading, int lastLine, Set<String> characters, int dialogues,
            int actions, int lines) {
        int eighths = Math.max(1, (int) Math.round(lines * 8.0 / LINES_PER_PAGE));
        return new Scene(number, heading, heading.firstLine(), lastLine, heading.setting(), heading.location(),
                heading.timeOfDay(), List.copyOf(characters), dialogues, actions, eighths);
    }

    static int printedLines(ScriptElement element) {
        return switch (element) {
            case SceneHeading heading -> wrapped(heading.runs(), ACTION_WIDTH) + 1;
            case Action action -> wrapped(action.runs(), ACTION_WIDTH) + 1;
            case Transition transition -> wrapped(transition.runs(), ACTION_WIDTH) + 1;
            case Centered centered -> wrapped(centered.runs(), ACTION_WIDTH) + 1;
            case CharacterCue cue -> 2;
            case Dialogue dialogue -> wrapped(dialogue.runs(), DIALOGUE_WIDTH);
            case Lyric lyric -> wrapped(lyric.runs(), DIALOGUE_WIDTH);
            case Parenthetical parenthetical -> wrapped(parenthetical.runs(), PARENTHETICAL_WIDTH);
            case PageBreak pageBreak -> 0;
            case Section section -> 0;
            case Synopsis synopsis -> 0;
            case Note note -> 0;
        };
    }

    /** Lines the text fills at {@code width} columns: each written line takes at least one. */
    static int wrapped(List<TextRun> runs, int width) {
        int lines = 0;
        int columns = 0;
        for (var run : runs) {
            String text = run.text();
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    lines += Math.max(1, (columns + width - 1) / width);
                    columns = 0;
                } else if (c < 0x1100) {
                    columns++;
                } else if (Character.isHighSurrogate(c) && i + 1 < length
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    columns += isWide(Character.toCodePoint(c, text.charAt(++i))) ? 2 : 1;
                } else {
                    columns += isWide(c) ? 2 : 1;
                }
            }
        }
        return lines + Math.max(1, (columns + width - 1) / width);
    }

    /** East Asian wide and full-width characters, and emoji: two columns in a monospaced font. */
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
