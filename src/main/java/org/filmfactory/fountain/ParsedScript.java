package org.filmfactory.fountain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A screenplay as read from Fountain text. Immutable; parsing never fails, whatever the text: what cannot be read as
 * anything else is action, and marks that are never closed are kept as text and reported in {@link #warnings()}.
 *
 * @param titlePage the title page's entries in order; empty when the script has none
 * @param title the {@code Title:} value (or {@code 标题:} in the Chinese dialect) as printed: emphasis and notes
 *     removed, lines joined with one space; null when there is none
 * @param elements every element in file order
 * @param scenes one per scene heading, in order
 * @param characters every speaking character of the whole script, also before the first heading, normalized, in
 *     order of first appearance
 * @param dialogues the number of dialogue blocks in the whole script
 * @param boneyards the hidden {@code /* … *}{@code /} blocks
 * @param warnings unclosed marks, by line
 */
public record ParsedScript(List<TitlePageEntry> titlePage, @Nullable String title, List<ScriptElement> elements,
        List<Scene> scenes, List<String> characters, int dialogues, List<Boneyard> boneyards,
        List<ScriptWarning> warnings) {

    public ParsedScript {
        titlePage = List.copyOf(titlePage);
        elements = List.copyOf(elements);
        scenes = List.copyOf(scenes);
        characters = List.copyOf(characters);
        boneyards = List.copyOf(boneyards);
        warnings = List.copyOf(warnings);
    }
}
