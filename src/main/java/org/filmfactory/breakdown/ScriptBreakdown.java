package org.filmfactory.breakdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.filmfactory.breakdown.internal.ShotRules;
import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.fountain.SceneHeading;

/**
 * The automatic breakdown of a screenplay text, without a project, a database or Spring: the same rules
 * ({@code docs/breakdown-rules.md}) the studio derives its shot list with, before any director's choice. For tools
 * such as the {@code storyboard} command. Ids are derived from the positions (scene n, shot m), so the same text
 * gives equal records. Pure and linear in the length of the script.
 *
 * @param scenes every scene, in script order
 * @param shots every shot, scene by scene, in order
 * @param cast every speaking character in order of first appearance, normalized
 * @param lines the script's action, dialogue and parenthetical lines, in order
 */
public record ScriptBreakdown(List<BreakdownScene> scenes, List<Shot> shots, List<String> cast,
        List<ScriptLine> lines) {

    public ScriptBreakdown {
        scenes = List.copyOf(scenes);
        shots = List.copyOf(shots);
        cast = List.copyOf(cast);
        lines = List.copyOf(lines);
    }

    /** Reads Fountain text ({@code language} zh selects the Chinese dialect) and breaks it down. */
    public static ScriptBreakdown of(String fountain, Locale language) {
        return of(FountainReader.read(fountain, Dialect.of(language)));
    }

    /** Breaks down a parsed script. */
    public static ScriptBreakdown of(ParsedScript script) {
        var scenes = new ArrayList<BreakdownScene>();
        var shots = new ArrayList<Shot>();
        for (var derived : ShotRules.derive(script)) {
            var facts = derived.facts();
            var sceneId = new SceneId(id("scene " + facts.number()));
            scenes.add(new BreakdownScene(sceneId, facts.number(), facts.sceneNumber(), facts.heading(),
                    facts.setting(), facts.location(), facts.timeOfDay(), facts.characters(), facts.eighths(),
                    facts.firstLine(), facts.lastLine()));
            int number = 0;
            for (var shot : derived.shots()) {
                var values = shot.values();
                number++;
                shots.add(new Shot(new ShotId(id("shot " + facts.number() + "." + number)), sceneId, number,
                        values.type(), values.subjects(), values.description(), shot.firstLine(), shot.lastLine(),
                        values.duration(), values.move(), false, false));
            }
        }
        return new ScriptBreakdown(scenes, shots, script.characters(), lines(script));
    }

    /** The shots of one scene, in order. */
    public List<Shot> shotsOf(SceneId sceneId) {
        return shots.stream().filter(shot -> shot.sceneId().equals(sceneId)).toList();
    }

    /** The lines {@code shot} covers (those starting within its first and last line), in order. */
    public List<ScriptLine> linesOf(Shot shot) {
        return lines.stream()
                .filter(line -> line.firstLine() >= shot.firstLine() && line.firstLine() <= shot.lastLine())
                .toList();
    }

    /** The scene a shot belongs to. */
    public BreakdownScene sceneOf(Shot shot) {
        return scenes.stream().filter(scene -> scene.id().equals(shot.sceneId())).findFirst().orElseThrow();
    }

    /** The action, dialogue and parenthetical lines of a parsed script, with their speakers. */
    public static List<ScriptLine> lines(ParsedScript script) {
        var lines = new ArrayList<ScriptLine>();
        String speaker = null;
        for (var element : script.elements()) {
            switch (element) {
                case SceneHeading heading -> speaker = null;
                case Action action -> {
                    speaker = null;
                    lines.add(new ScriptLine(action.firstLine(), ScriptLine.Kind.ACTION, null,
                            printed(action.text())));
                }
                case CharacterCue cue -> speaker = cue.normalizedName();
                case Dialogue dialogue -> lines.add(new ScriptLine(dialogue.firstLine(), ScriptLine.Kind.DIALOGUE,
                        speaker, printed(dialogue.text())));
                case Parenthetical parenthetical -> lines.add(new ScriptLine(parenthetical.firstLine(),
                        ScriptLine.Kind.PARENTHETICAL, speaker, printed(parenthetical.text())));
                default -> {
                }
            }
        }
        return lines;
    }

    private static String printed(String text) {
        return text.replaceAll("\\[\\[(?s:.*?)]]", " ").strip();
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
