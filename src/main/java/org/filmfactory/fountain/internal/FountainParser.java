package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.ScriptWarning;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.TitlePageEntry;
import org.jspecify.annotations.Nullable;

/**
 * Reads Fountain text in four passes, each linear in the text's length: lines with boneyards taken out
 * ({@link ScriptLines}), the title page ({@link TitlePageReader}), paragraphs ({@link ParagraphReader}), scenes
 * ({@link SceneAssembler}). Holds no state: every call works on its own objects, so it is safe from any thread.
 */
public final class FountainParser {

    private FountainParser() {
    }

    public static ParsedScript parse(String text, Dialect dialect) {
        var lines = ScriptLines.read(text);
        var titlePage = TitlePageReader.read(lines.lines, dialect);
        var paragraphs = new ParagraphReader(dialect);
        paragraphs.read(lines.lines, titlePage.end);
        List<ScriptWarning> warnings = new ArrayList<>(paragraphs.warnings);
        if (lines.unclosedBoneyard > 0) {
            warnings.add(new ScriptWarning(lines.unclosedBoneyard, ScriptWarning.UNCLOSED_BONEYARD));
        }
        warnings.sort(Comparator.comparingInt(ScriptWarning::line));
        Set<String> characters = new LinkedHashSet<>();
        int dialogues = 0;
        for (ScriptElement element : paragraphs.elements) {
            if (element instanceof CharacterCue cue) {
                characters.add(cue.normalizedName());
                dialogues++;
            }
        }
        return new ParsedScript(titlePage.entries, title(titlePage.entries, dialect), paragraphs.elements,
                SceneAssembler.assemble(paragraphs.elements), List.copyOf(characters), dialogues, lines.boneyards,
                warnings);
    }

    /** The printed {@code Title:} value, its lines joined with one space; null when there is none. */
    private static @Nullable String title(List<TitlePageEntry> entries, Dialect dialect) {
        for (var entry : entries) {
            String key = entry.key().toLowerCase(Locale.ROOT);
            if (key.equals("title") || (dialect == Dialect.CHINESE && key.equals("标题"))) {
                var title = new StringBuilder();
                for (String line : TextRun.plainText(entry.runs()).split("\n")) {
                    String trimmed = Whitespace.trim(line);
                    if (!trimmed.isEmpty()) {
                        title.append(title.isEmpty() ? "" : " ").append(trimmed);
                    }
                }
                return title.isEmpty() ? null : title.toString();
            }
        }
        return null;
    }
}
