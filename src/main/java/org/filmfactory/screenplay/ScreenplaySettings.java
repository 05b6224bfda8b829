package org.filmfactory.screenplay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Screenplay rules.
 *
 * @param maxScriptSize the largest script the studio takes, as a file to import and as the text people write in; a
 *     feature film is about 150 KB, so the default (2 MB, some 2 000 scenes) leaves room for very long scripts with
 *     big boneyards, and is what the studio was measured to carry end to end: import, co-editing, breakdown, shot
 *     list and PDF (issue 10). A larger file is refused at upload, before it is read
 * @param maxChangeSize the most text one push from an editor may insert (a pasted whole script fits; a runaway
 *     client does not); a whole-text save or import is held to {@code maxScriptSize} instead
 * @param keptSteps how many accepted steps the live log keeps for editors that fall behind or reconnect (steps not
 *     yet in the database are always kept)
 * @param persistInterval how often the owning member writes accepted steps to the database
 * @param snapshotPause the pause in typing after which the whole text is written and the breakdown follows
 * @param snapshotInterval while typing goes on, the longest time between two such writes
 * @param idleRelease how long an unchanged script stays in the cluster's memory after it was last changed
 * @param autoVersionEvery how often, while people write, the history keeps an automatic version
 */
@ConfigurationProperties("filmfactory.screenplay")
@Validated
public record ScreenplaySettings(
        @DefaultValue(ScreenplaySettings.DEFAULT_MAX_SCRIPT_SIZE) DataSize maxScriptSize,
        @DefaultValue("2MB") DataSize maxChangeSize,
        @DefaultValue("2000") int keptSteps,
        @DefaultValue("100ms") Duration persistInterval,
        @DefaultValue("250ms") Duration snapshotPause,
        @DefaultValue("1s") Duration snapshotInterval,
        @DefaultValue("30m") Duration idleRelease,
        @DefaultValue("10m") Duration autoVersionEvery) {

    /** The default of {@code filmfactory.screenplay.max-script-size}, also used by the command line. */
    public static final String DEFAULT_MAX_SCRIPT_SIZE = "2MB";
}
