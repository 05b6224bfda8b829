package org.filmfactory.take.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.ScriptLine;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.take.ShotBrief;

/**
 * Builds the {@link ShotBrief} of a shot from the breakdown, the same way for the studio's generation jobs and for
 * the {@code storyboard} command, so both draw the same pictures from the same script and seed.
 */
public final class Briefs {

    private Briefs() {
    }

    /**
     * @param projectKey the project id as text ({@code "storyboard"} on the command line)
     * @param lines the script lines the shot covers, in order (see
     *     {@link org.filmfactory.breakdown.ScriptBreakdown#linesOf})
     * @param cast every speaking character of the film in order of first appearance
     * @param prompt the text an AI backend would be given; the animatic does not read it
     */
    public static ShotBrief of(String projectKey, BreakdownScene scene, Shot shot, List<ScriptLine> lines,
            List<String> cast, Locale language, long seed, VideoFormat format, String prompt) {
        var briefLines = new ArrayList<ShotBrief.Line>(lines.size());
        String speaker = null;
        for (var line : lines) {
            var kind = switch (line.kind()) {
                case ACTION -> ShotBrief.Line.Kind.ACTION;
                case DIALOGUE -> ShotBrief.Line.Kind.DIALOGUE;
                case PARENTHETICAL -> ShotBrief.Line.Kind.PARENTHETICAL;
            };
            if (speaker == null && line.kind() == ScriptLine.Kind.DIALOGUE) {
                speaker = line.character();
            }
            briefLines.add(new ShotBrief.Line(kind, line.character(), line.text()));
        }
        var subjects = new ArrayList<>(shot.subjects());
        if (speaker != null && !subjects.contains(speaker)) {
            subjects.addFirst(speaker);
        }
        return new ShotBrief(projectKey, shot.id().toString(), scene.number(), shot.number(), scene.heading(),
                scene.setting(), scene.location(), scene.timeOfDay(), shot.type(), shot.cameraMove(),
                shot.duration(), subjects, speaker, cast, briefLines, shot.description(), language,
                seed, format, prompt);
    }

    /**
     * A plain prompt from the script: the heading, the shot's framing and move, who is in it and what happens, and
     * the project's style line. Directors may edit it before generating.
     */
    public static String prompt(BreakdownScene scene, Shot shot, List<ScriptLine> lines, String style) {
        var text = new StringBuilder();
        text.append(scene.heading()).append(". ");
        text.append(shot.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" shot");
        if (shot.cameraMove() != org.filmfactory.breakdown.CameraMove.STATIC) {
            text.append(", ").append(shot.cameraMove().name().toLowerCase(Locale.ROOT)).append(" camera");
        }
        text.append(". ");
        if (!shot.subjects().isEmpty()) {
            text.append(String.join(", ", shot.subjects())).append(". ");
        }
        for (var line : lines) {
            if (line.kind() == ScriptLine.Kind.ACTION) {
                text.append(line.text()).append(' ');
            } else if (line.kind() == ScriptLine.Kind.DIALOGUE) {
                text.append(line.character()).append(" says: \"").append(line.text()).append("\" ");
            }
        }
        if (!style.isBlank()) {
            text.append(style.strip());
        }
        return text.toString().strip();
    }
}
