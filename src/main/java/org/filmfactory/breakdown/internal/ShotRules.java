package org.filmfactory.breakdown.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.Centered;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.Lyric;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.fountain.Scene;
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.ScriptElement;
import org.filmfactory.fountain.Transition;

/**
 * The automatic shot list: which shots a scene gets from its text, with type, subjects, duration and camera move.
 * The rules, their word lists and their numbers are explained in {@code docs/breakdown-rules.md}; a change here is
 * a change there. Pure and linear in the length of the script.
 */
public final class ShotRules {

    /** English reading speed of dialogue, words per second. */
    static final double WORDS_PER_SECOND = 2.5;
    /** Chinese (and other wide script) reading speed of dialogue, characters per second. */
    static final double WIDE_PER_SECOND = 4.0;
    static final Duration PAUSE_AFTER_LINE = Duration.ofMillis(500);
    static final Duration PAUSE_PARENTHETICAL = Duration.ofSeconds(1);
    static final Duration MIN_DIALOGUE = Duration.ofMillis(1500);
    static final Duration MAX_DIALOGUE = Duration.ofSeconds(45);
    static final Duration MIN_ACTION = Duration.ofSeconds(2);
    static final Duration MAX_ACTION = Duration.ofSeconds(20);
    static final Duration ESTABLISHING = Duration.ofSeconds(3);
    static final Duration INSERT = Duration.ofSeconds(2);
    /** Action paragraphs this long (words, or wide characters) are framed wide. */
    static final int LONG_ACTION_WORDS = 30;
    static final int LONG_ACTION_WIDE = 50;
    /** Action paragraphs at most this long may be an insert. */
    static final int SHORT_ACTION_WORDS = 12;
    static final int SHORT_ACTION_WIDE = 24;
    static final int MAX_DESCRIPTION = 200;
    static final int MAX_SUBJECTS = 8;

    static final Set<String> EMOTIONS = phrases(
            "cry", "cries", "cried", "crying", "sob", "sobs", "sobbing", "tears", "tearful", "tearfully", "teary",
            "weeping", "weeps", "whisper", "whispers", "whispering", "whispered", "angry", "angrily", "furious",
            "furiously", "shout", "shouts", "shouting", "yelling", "yells", "scream", "screams", "screaming",
            "trembling", "shaking", "terrified", "scared", "afraid", "frightened", "devastated", "heartbroken",
            "pleading", "pleads", "begging", "desperate", "desperately", "choked", "choking", "quiet", "quietly",
            "softly", "hushed", "stunned", "shocked", "horrified", "panicked", "enraged", "hysterical", "sniffling",
            "哭", "泣", "泪", "哽咽", "低声", "小声", "轻声", "耳语", "愤怒", "生气", "怒", "大喊", "吼", "尖叫", "颤抖",
            "发抖", "害怕", "恐惧", "绝望", "激动", "愣", "震惊", "崩溃", "哀求", "悲");
    static final Set<String> PAUSES = phrases("beat", "pause", "pauses", "a beat", "silence", "停顿", "沉默", "顿了顿");
    static final Set<String> SMALL_OBJECTS = phrases(
            "letter", "envelope", "phone", "cellphone", "photo", "photograph", "key", "keys", "ring", "watch",
            "wristwatch", "note", "card", "ticket", "gun", "pistol", "revolver", "knife", "pill", "pills",
            "bottle", "syringe", "screen", "map", "badge", "coin", "button", "clock", "lighter", "cigarette",
            "wallet", "passport", "diary", "notebook",
            "信封", "封信", "手机", "照片", "钥匙", "戒指", "手表", "纸条", "卡片", "车票", "手枪", "匕首", "刀",
            "药片", "药瓶", "针管", "屏幕", "地图", "徽章", "硬币", "按钮", "打火机", "香烟", "钱包", "护照", "日记");
    /** Someone looking at or handling something: with a small object, the object is what the shot shows. */
    static final Set<String> HANDLING_WORDS = phrases(
            "looks at", "stares at", "glances at", "reads", "picks up", "holds", "grabs", "opens", "hands",
            "看着", "盯着", "拿起", "握着", "打开", "递给");
    static final Set<String> HANDHELD_WORDS = phrases(
            "run", "runs", "running", "ran", "chase", "chases", "chasing", "fight", "fights", "fighting", "struggle",
            "struggles", "punch", "punches", "slams", "slammed", "smacks", "skids", "swerves", "tackles", "flee",
            "flees", "fleeing", "sprint", "sprints", "跑", "追", "扭打", "打斗", "冲", "逃", "挣扎");
    static final Set<String> DOLLY_WORDS = phrases(
            "walk", "walks", "walking", "pedals", "drives", "driving", "follows", "following", "approaches",
            "crosses", "wanders", "strides", "paces", "rides", "走向", "走进", "走过", "骑", "开车", "跟着", "踱步", "靠近");
    static final Set<String> PAN_WORDS = phrases("looks around", "scans", "surveys", "sweeps", "环顾", "扫视", "张望");
    static final Set<String> TILT_WORDS = phrases("looks up", "looks down", "towering", "towers", "抬头", "仰望", "低头");
    static final Set<String> POV_WORDS = phrases("pov", "主观", "主观镜头");
    /** Chinese transitions are written as action paragraphs (the parser only knows English ones); they get no shot. */
    static final Pattern CHINESE_TRANSITION = Pattern.compile("^(淡入|淡出|切至|切到|切换到|叠化|黑场|转场)[：:。.]?$");
    private static final Pattern NOTE = Pattern.compile("\\[\\[.*?]]", Pattern.DOTALL);

    private ShotRules() {
    }

    /** The scenes of {@code script} with their automatic shots, in script order. */
    public static List<DerivedScene> derive(ParsedScript script) {
        var cast = script.characters();
        var buckets = new ArrayList<List<ScriptElement>>();
        for (var element : script.elements()) {
            if (element instanceof SceneHeading) {
                buckets.add(new ArrayList<>());
            } else if (!buckets.isEmpty()) {
                buckets.getLast().add(element);
            }
        }
        var scenes = script.scenes();
        var derived = new ArrayList<DerivedScene>(scenes.size());
        String previousLocation = null;
        for (int i = 0; i < scenes.size(); i++) {
            var scene = scenes.get(i);
            var body = i < buckets.size() ? buckets.get(i) : List.<ScriptElement>of();
            var location = Words.normalized(scene.location());
            boolean newPlace = previousLocation == null || !previousLocation.equals(location);
            derived.add(new DerivedScene(facts(scene, body), shots(scene, body, cast, newPlace)));
            previousLocation = location;
        }
        return derived;
    }

    private static SceneFacts facts(Scene scene, List<ScriptElement> body) {
        var heading = scene.heading();
        var text = new StringBuilder();
        for (var element : body) {
            var words = switch (element) {
                case Action action -> printed(action.text());
                case CharacterCue cue -> cue.normalizedName();
                case Dialogue dialogue -> printed(dialogue.text());
                case Parenthetical parenthetical -> printed(parenthetical.text());
                case Lyric lyric -> printed(lyric.text());
                case Centered centered -> printed(centered.text());
                case Transition transition -> printed(transition.text());
                default -> "";
            };
            text.append(words).append('\n');
        }
        return new SceneFacts(scene.number(), heading.sceneNumber(), heading.text(),
                BreakdownScene.Setting.valueOf(scene.setting().name()), scene.location(), scene.timeOfDay(),
                scene.characters(), scene.eighths(), scene.line(), scene.lastLine(), headingKey(heading.text()),
                Words.normalized(text.toString()));
    }

    /** The heading as compared: words only, notes and punctuation dropped. */
    static String headingKey(String heading) {
        return Words.normalized(printed(heading));
    }

    /** Text without its inline notes ({@code [[…]]}), which do not print and do not count. */
    static String printed(String text) {
        return text.contains("[[") ? NOTE.matcher(text).replaceAll(" ") : text;
    }

    private static List<DerivedShot> shots(Scene scene, List<ScriptElement> body, List<String> cast,
            boolean newPlace) {
        var heading = scene.heading();
        boolean pov = contains(padded(Words.normalized(heading.text())), POV_WORDS);
        var shots = new ArrayList<DerivedShot>();
        if (newPlace && !pov && scene.setting() != org.filmfactory.fountain.Setting.UNSPECIFIED) {
            shots.add(new DerivedShot(ShotOrigin.ESTABLISHING, "", headingKey(heading.text()), heading.firstLine(),
                    heading.lastLine(), new ShotValues(ShotType.WIDE, List.of(), oneLine(heading.text()),
                            ESTABLISHING, CameraMove.STATIC)));
        }
        var beats = beats(body);
        for (int i = 0; i < beats.size(); i++) {
            switch (beats.get(i)) {
                case ActionBeat action -> actionShot(action.action(), cast, pov).ifPresent(shots::add);
                case DialogueBeat dialogue -> shots.add(dialogueShot(dialogue, listener(beats, i)));
                case DualBeat dual -> shots.add(dualShot(dual));
            }
        }
        return shots;
    }

    /** Action paragraphs and dialogue blocks, in order; both sides of dual dialogue form one beat. */
    private static List<Beat> beats(List<ScriptElement> body) {
        var beats = new ArrayList<Beat>();
        DialogueBeat open = null;
        int lastLine = -1;
        for (var element : body) {
            if (element instanceof Action action) {
                open = null;
                beats.add(new ActionBeat(action));
            } else if (element instanceof CharacterCue cue) {
                open = new DialogueBeat(cue, new ArrayList<>());
                beats.add(open);
            } else if (open != null && (element instanceof Dialogue || element instanceof Parenthetical
                    // A lyric right under the block's last line is sung by its speaker; after a blank line it is not.
                    || element instanceof Lyric && element.firstLine() == lastLine + 1)) {
                open.parts().add(element);
            } else {
                open = null;
            }
            lastLine = element.lastLine();
        }
        var paired = new ArrayList<Beat>(beats.size());
        for (int i = 0; i < beats.size(); i++) {
            if (beats.get(i) instanceof DialogueBeat first && first.cue().dual() && i + 1 < beats.size()
                    && beats.get(i + 1) instanceof DialogueBeat second && second.cue().dual()) {
                paired.add(new DualBeat(first, second));
                i++;
            } else {
                paired.add(beats.get(i));
            }
        }
        return paired;
    }

    /**
     * Whom the speaker of beat {@code index} talks to: the nearest speaker of another name in the same exchange
     * (dialogue blocks with no action between them), looking back first.
     */
    private static String listener(List<Beat> beats, int index) {
        var speaker = ((DialogueBeat) beats.get(index)).cue().normalizedName();
        for (int i = index - 1; i >= 0 && beats.get(i) instanceof DialogueBeat other; i--) {
            if (!other.cue().normalizedName().equals(speaker)) {
                return other.cue().normalizedName();
            }
        }
        for (int i = index + 1; i < beats.size() && beats.get(i) instanceof DialogueBeat other; i++) {
            if (!other.cue().normalizedName().equals(speaker)) {
                return other.cue().normalizedName();
            }
        }
        return "";
    }

    private static Optional<DerivedShot> actionShot(Action action, List<String> cast, boolean pov) {
        var text = printed(action.text()).strip();
        var normalized = Words.normalized(text);
        if (normalized.isEmpty() || CHINESE_TRANSITION.matcher(text).matches()) {
            return Optional.empty();
        }
        var padded = padded(normalized);
        var count = Words.count(text);
        var subjects = named(padded, cast);
        boolean longText = count.words() >= LONG_ACTION_WORDS || count.wide() >= LONG_ACTION_WIDE;
        boolean shortText = count.words() <= SHORT_ACTION_WORDS && count.wide() <= SHORT_ACTION_WIDE;
        ShotType type;
        if (pov) {
            type = ShotType.POV;
        } else if (shortText && contains(padded, SMALL_OBJECTS)
                && (subjects.isEmpty() || contains(padded, HANDLING_WORDS))) {
            type = ShotType.INSERT;
        } else if (longText || subjects.isEmpty() || subjects.size() > 2) {
            type = ShotType.WIDE;
        } else if (subjects.size() == 2) {
            type = ShotType.TWO_SHOT;
        } else {
            type = ShotType.MEDIUM;
        }
        var duration = type == ShotType.INSERT ? INSERT
                : clamp(seconds(1.0 + count.words() * 0.4 + count.wide() * 0.25), MIN_ACTION, MAX_ACTION);
        var move = contains(padded, HANDHELD_WORDS) ? CameraMove.HANDHELD
                : contains(padded, DOLLY_WORDS) ? CameraMove.DOLLY
                : contains(padded, PAN_WORDS) ? CameraMove.PAN
                : contains(padded, TILT_WORDS) ? CameraMove.TILT
                : CameraMove.STATIC;
        return Optional.of(new DerivedShot(ShotOrigin.ACTION, "", normalized, action.firstLine(),
                action.lastLine(), new ShotValues(type, subjects, oneLine(text), duration, move)));
    }

    private static DerivedShot dialogueShot(DialogueBeat beat, String listener) {
        var speaker = beat.cue().normalizedName();
        var spoken = new Spoken(beat);
        ShotType type;
        List<String> subjects;
        if (spoken.emotional) {
            type = ShotType.CLOSE_UP;
            subjects = List.of(speaker);
        } else if (!listener.isEmpty()) {
            type = ShotType.OVER_THE_SHOULDER;
            subjects = List.of(speaker, listener);
        } else {
            type = ShotType.MEDIUM;
            subjects = List.of(speaker);
        }
        return new DerivedShot(ShotOrigin.DIALOGUE, speaker, Words.normalized(spoken.text), beat.firstLine(),
                beat.lastLine(), new ShotValues(type, subjects, oneLine(spoken.text), spoken.duration(),
                        CameraMove.STATIC));
    }

    private static DerivedShot dualShot(DualBeat dual) {
        var left = new Spoken(dual.left());
        var right = new Spoken(dual.right());
        var names = List.of(dual.left().cue().normalizedName(), dual.right().cue().normalizedName());
        var duration = left.duration().compareTo(right.duration()) >= 0 ? left.duration() : right.duration();
        return new DerivedShot(ShotOrigin.DUAL_DIALOGUE, String.join(" / ", names),
                Words.normalized(left.text + "\n" + right.text), dual.left().firstLine(), dual.right().lastLine(),
                new ShotValues(ShotType.TWO_SHOT, names, oneLine(left.text + " / " + right.text), duration,
                        CameraMove.STATIC));
    }

    /** Characters whose names the text mentions, in order of first mention. */
    private static List<String> named(String padded, List<String> cast) {
        var found = new TreeMap<Integer, String>();
        for (var name : cast) {
            var key = Words.normalized(name);
            int at = key.isEmpty() ? -1 : padded.indexOf(padded(key));
            if (at >= 0) {
                found.putIfAbsent(at, name);
            }
        }
        return found.values().stream().distinct().limit(MAX_SUBJECTS).toList();
    }

    static boolean contains(String padded, Set<String> phrases) {
        for (var phrase : phrases) {
            if (padded.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> phrases(String... phrases) {
        var padded = new LinkedHashSet<String>();
        for (var phrase : phrases) {
            padded.add(padded(Words.normalized(phrase)));
        }
        return Collections.unmodifiableSet(padded);
    }

    private static String padded(String normalized) {
        return " " + normalized + " ";
    }

    static String oneLine(String text) {
        var line = text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= MAX_DESCRIPTION) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_DESCRIPTION - 1)) + "…";
    }

    /** Seconds to a duration in whole tenths of a second. */
    static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 10) * 100);
    }

    static Duration clamp(Duration value, Duration min, Duration max) {
        return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
    }

    private sealed interface Beat permits ActionBeat, DialogueBeat, DualBeat {
    }

    private record ActionBeat(Action action) implements Beat {
    }

    private record DialogueBeat(CharacterCue cue, List<ScriptElement> parts) implements Beat {

        int firstLine() {
            return cue.firstLine();
        }

        int lastLine() {
            return parts.isEmpty() ? cue.lastLine() : parts.getLast().lastLine();
        }
    }

    private record DualBeat(DialogueBeat left, DialogueBeat right) implements Beat {
    }

    /**
     * What a dialogue block says out loud, and how it is said. Lines written wholly in parentheses, ASCII or
     * full-width ({@code （低声）}), are directions even when the parser kept them in the dialogue text.
     */
    private static final class Spoken {

        private final String text;
        private final boolean emotional;
        private final Duration duration;

        Spoken(DialogueBeat beat) {
            var said = new StringBuilder();
            var sung = new StringBuilder();
            boolean moved = false;
            int pauses = 0;
            for (var part : beat.parts()) {
                var lines = switch (part) {
                    case Parenthetical parenthetical -> List.of(parenthetical.text());
                    case Dialogue dialogue -> printed(dialogue.text()).lines().toList();
                    case Lyric lyric -> printed(lyric.text()).lines().toList();
                    default -> List.<String>of();
                };
                for (var line : lines) {
                    var stripped = line.strip();
                    if (part instanceof Parenthetical || isDirection(stripped)) {
                        var padded = padded(Words.normalized(stripped));
                        moved |= contains(padded, EMOTIONS);
                        pauses += contains(padded, PAUSES) ? 1 : 0;
                    } else {
                        (part instanceof Lyric ? sung : said).append(stripped).append('\n');
                    }
                }
            }
            this.text = (said.toString() + sung).strip();
            this.emotional = moved;
            var speech = Words.count(said.toString());
            var song = Words.count(sung.toString());
            // Sung lines take half as long again as spoken ones.
            double seconds = speech.words() / WORDS_PER_SECOND + speech.wide() / WIDE_PER_SECOND
                    + 1.5 * (song.words() / WORDS_PER_SECOND + song.wide() / WIDE_PER_SECOND);
            var total = seconds(seconds).plus(PAUSE_AFTER_LINE).plus(PAUSE_PARENTHETICAL.multipliedBy(pauses));
            this.duration = clamp(total, MIN_DIALOGUE, MAX_DIALOGUE);
        }

        private static boolean isDirection(String line) {
            return line.length() >= 2 && (line.charAt(0) == '(' || line.charAt(0) == '（')
                    && (line.endsWith(")") || line.endsWith("）"));
        }

        Duration duration() {
            return duration;
        }
    }
}
