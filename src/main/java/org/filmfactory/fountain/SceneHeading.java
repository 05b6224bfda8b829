package org.filmfactory.fountain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scene heading: {@code INT. HOUSE - DAY}, {@code .SNIPER SCOPE POV} (forced), {@code 内景 茶馆 - 清晨} (Chinese
 * dialect), optionally numbered {@code #1A#}.
 *
 * @param text the heading as written, trimmed, without the forcing dot and the scene number; emphasis markers and
 *     inline notes are kept ({@code EXT. STREET - NIGHT [[BLUE]]})
 * @param sceneNumber the number between {@code #…#} at the end ({@code 1A}, {@code 2-B}), or null
 * @param forced whether the heading was forced with a leading {@code .}
 * @param prefix the prefix as written ({@code INT.}, {@code I/E}, {@code 内景}), empty when there is none
 * @param setting what the prefix says
 * @param location the place, between the prefix and the time of day, from the printed text
 * @param timeOfDay what follows the last {@code " - "} ({@code DAY}, {@code 清晨}), or a known time word at the end;
 *     empty when there is none
 * @param runs the printed text with its emphasis (inline notes removed)
 */
public record SceneHeading(String text, @Nullable String sceneNumber, boolean forced, String prefix, Setting setting,
        String location, String timeOfDay, List<TextRun> runs, int firstLine, int lastLine) implements ScriptElement {

    public SceneHeading {
        runs = List.copyOf(runs);
    }
}
