package org.filmfactory.take.internal.animatic;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.take.ShotBrief;

/** Briefs for the animatic tests: one teahouse scene, varied one value at a time. */
final class Shots {

    static final List<String> CAST = List.of("老王", "林姐");
    static final List<ShotBrief.Line> DIALOGUE = List.of(
            new ShotBrief.Line(ShotBrief.Line.Kind.PARENTHETICAL, "老王", "（自言自语）"),
            new ShotBrief.Line(ShotBrief.Line.Kind.DIALOGUE, "老王", "又是一个没人来的早晨。"));

    private Shots() {
    }

    static ShotBrief brief(ShotType type, CameraMove move, BreakdownScene.Setting setting, String time,
            List<String> subjects, long seed, Duration duration) {
        String speaker = subjects.isEmpty() ? null : subjects.getFirst();
        return new ShotBrief("project", "shot", 1, 2, "内景 茶馆 - " + time, setting, "茶馆", time, type, move,
                duration, subjects, speaker, CAST, subjects.isEmpty() ? List.of() : DIALOGUE, "又是一个没人来的早晨。",
                Locale.SIMPLIFIED_CHINESE, seed, VideoFormat.VERTICAL_HD, "");
    }

    static ShotBrief brief(ShotType type, String time, List<String> subjects) {
        return brief(type, CameraMove.STATIC, BreakdownScene.Setting.INTERIOR, time, subjects, 1,
                Duration.ofSeconds(2));
    }
}
