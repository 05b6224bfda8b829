package org.filmfactory.factory.internal.idea;

import java.time.Duration;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.breakdown.ScriptLine;
import org.filmfactory.factory.WrittenScriptUnfit;
import org.filmfactory.factory.WrittenScriptUnfit.Reason;
import org.filmfactory.project.ScriptLanguage;

/**
 * Whether a written text is the screenplay asked for, before it goes into a project: it has scenes (read with the
 * project's Fountain dialect), it is in the language asked for, and its screen time — the sum of its shots'
 * durations by the studio's breakdown rules ({@code docs/breakdown-rules.md}), what the shot list will show — is
 * within {@value #TOLERANCE_PERCENT} % of the length asked for.
 *
 * <p>Language is judged first (a Chinese script read as English has no scene headings, and "wrong language" is the
 * better message), on the printed action and dialogue (headings and cues may keep Latin names): Chinese needs at
 * least {@value #CHINESE_SHARE} % Chinese characters among its letters, English at most {@value #ENGLISH_CJK_SHARE} %.
 */
public final class ScriptCheck {

    /** How far the estimated screen time may be from the length asked for, either way, in percent. */
    public static final int TOLERANCE_PERCENT = 40;
    static final int CHINESE_SHARE = 60;
    static final int ENGLISH_CJK_SHARE = 10;

    private ScriptCheck() {
    }

    /**
     * The estimated screen time of {@code text}.
     *
     * @throws WrittenScriptUnfit when it has no scenes, is in another language or is too short or too long
     */
    public static Duration check(String text, ScriptLanguage language, Duration requested) {
        var breakdown = ScriptBreakdown.of(text, language.locale());
        int share = chineseShare(breakdown);
        if (language == ScriptLanguage.ZH ? share < CHINESE_SHARE : share > ENGLISH_CJK_SHARE) {
            throw new WrittenScriptUnfit(Reason.LANGUAGE, share,
                    language == ScriptLanguage.ZH ? CHINESE_SHARE : ENGLISH_CJK_SHARE);
        }
        if (breakdown.scenes().isEmpty()) {
            throw new WrittenScriptUnfit(Reason.NO_SCENES);
        }
        var estimated = estimate(breakdown);
        long asked = requested.toMillis();
        long off = Math.abs(estimated.toMillis() - asked);
        if (off * 100 > asked * TOLERANCE_PERCENT) {
            throw new WrittenScriptUnfit(Reason.LENGTH, Math.round(estimated.toMillis() / 1000.0),
                    requested.toSeconds(), TOLERANCE_PERCENT);
        }
        return estimated;
    }

    /** The sum of the shots' durations. */
    static Duration estimate(ScriptBreakdown breakdown) {
        return breakdown.shots().stream().map(shot -> shot.duration()).reduce(Duration.ZERO, Duration::plus);
    }

    /** Chinese characters among all letters of the action and dialogue, in whole percent (0 with no letters). */
    static int chineseShare(ScriptBreakdown breakdown) {
        long han = 0;
        long letters = 0;
        for (ScriptLine line : breakdown.lines()) {
            if (line.kind() == ScriptLine.Kind.PARENTHETICAL) {
                continue;
            }
            var text = line.text();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                    letters++;
                } else if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return letters == 0 ? 0 : (int) (han * 100 / letters);
    }
}
