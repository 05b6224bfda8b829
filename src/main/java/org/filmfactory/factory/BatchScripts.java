package org.filmfactory.factory;

import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.FinalDraft;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.fountain.ScriptFileRefused;
import org.filmfactory.platform.CommandArguments;
import org.filmfactory.screenplay.ScreenplaySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The rules a batch reads its screenplay files by, the same for the headless {@code batch} command and the batch page:
 * which files are screenplays, how large one may be, how its bytes become Fountain text, and which texts cannot
 * become a film (empty, or no scene to film).
 */
public final class BatchScripts {

    /** The file endings a batch takes as screenplays. */
    public static final List<String> FORMATS = List.of(".fountain", ".txt", ".fdx");
    /** The studio's own import limit ({@code filmfactory.screenplay.max-script-size}'s default). */
    public static final long MAX_SCRIPT_BYTES = DataSize.parse(ScreenplaySettings.DEFAULT_MAX_SCRIPT_SIZE).toBytes();
    /** Why a text cannot become a film: nothing in it. */
    public static final String EMPTY = "factory.batch.reason.empty";
    /** Why a text cannot become a film: no scene heading, so no shot. */
    public static final String NOT_A_SCREENPLAY = "factory.batch.reason.not-a-screenplay";

    private BatchScripts() {
    }

    /** Whether a file of this name is a screenplay a batch reads (by its ending, in any case). */
    public static boolean isScript(String fileName) {
        var name = fileName.strip().toLowerCase(Locale.ROOT);
        return FORMATS.stream().anyMatch(name::endsWith);
    }

    /**
     * The file's text by the studio's import rules: at most {@code limit} bytes, checked first; Fountain as UTF-8
     * text, Final Draft converted.
     *
     * @throws ScriptFileRefused when it is too large, not text, not UTF-8 or not a readable Final Draft document
     */
    public static String read(String fileName, byte[] bytes, long limit) {
        if (bytes.length > limit) {
            throw ScriptFileRefused.tooLarge(limit);
        }
        if (fileName.strip().toLowerCase(Locale.ROOT).endsWith(".fdx")) {
            return FinalDraft.readAsFountain(bytes, limit, Dialect.PLAIN);
        }
        return FountainReader.decode(bytes, limit);
    }

    /** The language a screenplay is written in, as far as its letters tell. */
    public static Locale language(String text) {
        return CommandArguments.guessLanguage(text);
    }

    /** Why the text cannot become a film ({@link #EMPTY}, {@link #NOT_A_SCREENPLAY}), or null when it can. */
    public static @Nullable String unfit(String text) {
        if (text.isBlank()) {
            return EMPTY;
        }
        return hasShots(ScriptBreakdown.of(text, language(text))) ? null : NOT_A_SCREENPLAY;
    }

    /** Whether the breakdown has something to film: a scene with a shot. */
    public static boolean hasShots(ScriptBreakdown breakdown) {
        return !breakdown.scenes().isEmpty() && !breakdown.shots().isEmpty();
    }
}
