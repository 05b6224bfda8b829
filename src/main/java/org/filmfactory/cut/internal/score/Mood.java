package org.filmfactory.cut.internal.score;

import java.util.List;
import java.util.Locale;
import org.filmfactory.cut.ScoreScene;

/**
 * The feeling of a scene as the score plays it: tempo, mode and instruments (General MIDI programs, 0-based). Read
 * from the scene's tone words first (tension, joy, sadness, in English and Chinese), then from its heading (night,
 * exterior or interior).
 */
public enum Mood {
    TENSE(132, true, 44, 38, 61, true),
    JOYFUL(116, false, 0, 33, 73, true),
    SAD(66, true, 48, 42, 0, false),
    NOCTURNE(72, true, 89, 32, 11, false),
    PASTORAL(96, false, 24, 32, 71, false),
    INTIMATE(84, false, 4, 32, 40, false);

    private static final List<String> TENSION = List.of("storm", "gun", "fight", "chase", "run", "scream",
            "blood", "fear", "danger", "knife", "explod", "panic", "attack", "threat", "dark", "紧张", "追", "枪", "跑",
            "尖叫", "危险", "血", "怕", "打", "逃", "刀", "爆炸", "恐惧", "威胁");
    private static final List<String> JOY = List.of("laugh", "smile", "danc", "happy", "joy", "party", "celebrat",
            "kiss", "cheer", "wedding", "hug", "笑", "开心", "快乐", "跳舞", "庆祝", "高兴", "欢", "婚礼", "拥抱",
            "唱");
    private static final List<String> SADNESS = List.of("cry", "cries", "tear", "alone", "funeral", "grave", "sorry",
            "goodbye", "lost", "mourn", "sob", "die", "dead", "grief", "哭", "泪", "孤独", "葬礼", "再见", "失去", "悲伤",
            "死", "难过", "伤心", "告别");

    private final int bpm;
    private final boolean minor;
    private final int padProgram;
    private final int bassProgram;
    private final int leadProgram;
    private final boolean drums;

    Mood(int bpm, boolean minor, int padProgram, int bassProgram, int leadProgram, boolean drums) {
        this.bpm = bpm;
        this.minor = minor;
        this.padProgram = padProgram;
        this.bassProgram = bassProgram;
        this.leadProgram = leadProgram;
        this.drums = drums;
    }

    public int bpm() {
        return bpm;
    }

    public boolean minor() {
        return minor;
    }

    public int padProgram() {
        return padProgram;
    }

    public int bassProgram() {
        return bassProgram;
    }

    public int leadProgram() {
        return leadProgram;
    }

    /** Energetic moods get a simple kit. */
    public boolean drums() {
        return drums;
    }

    /** The mood of one scene: its strongest tone (ties go to tension, then sadness), else its heading's. */
    public static Mood of(ScoreScene scene) {
        var text = scene.text().toLowerCase(Locale.ROOT);
        var tension = count(text, TENSION);
        var joy = count(text, JOY);
        var sadness = count(text, SADNESS);
        var strongest = Math.max(tension, Math.max(joy, sadness));
        if (strongest > 0) {
            if (tension == strongest) {
                return TENSE;
            }
            return sadness == strongest ? SAD : JOYFUL;
        }
        var heading = scene.heading().toUpperCase(Locale.ROOT);
        if (heading.contains("NIGHT") || heading.contains("夜") || heading.contains("晚")) {
            return NOCTURNE;
        }
        if (heading.startsWith("EXT") || heading.startsWith("I/E") || heading.startsWith("INT./EXT")
                || heading.contains("外景") || heading.startsWith("外")) {
            return PASTORAL;
        }
        return INTIMATE;
    }

    private static int count(String text, List<String> words) {
        var count = 0;
        for (var word : words) {
            var at = text.indexOf(word);
            while (at >= 0) {
                count++;
                at = text.indexOf(word, at + word.length());
            }
        }
        return count;
    }
}
