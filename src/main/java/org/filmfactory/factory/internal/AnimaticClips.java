package org.filmfactory.factory.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.breakdown.ScriptLine;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.ClipPainting;
import org.filmfactory.render.ClipSource;
import org.filmfactory.render.Preset;
import org.filmfactory.take.Animatics;
import org.filmfactory.take.ShotBrief;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline animatic of a studio shot drawn straight into a film ({@link ClipPainting}): a render of a run that
 * fills the shots without an approved take with animatics encodes no take for them. A clip's description is the
 * shot's brief as JSON (what the animatic draws from), so the render draws the same pictures on any node, later.
 */
@Component
class AnimaticClips implements ClipPainting {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Breakdowns breakdowns;

    AnimaticClips(Breakdowns breakdowns) {
        this.breakdowns = breakdowns;
    }

    /**
     * The descriptions of the animatics of {@code shots} of the project's shot list, drawn from the script as the
     * take module briefs its generator (scene, lines, the film's cast; no style line).
     */
    Map<ShotId, String> describe(ProjectId project, ShotList list, java.util.Collection<ShotId> shots,
            Locale language, VideoFormat format) {
        var wanted = list.shots().stream().filter(shot -> shots.contains(shot.id())).toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        var lines = breakdowns.scriptLines(project, wanted).values().stream().flatMap(java.util.List::stream)
                .distinct().sorted(Comparator.comparingInt(ScriptLine::firstLine)).toList();
        var cast = new LinkedHashSet<String>();
        list.scenes().forEach(scene -> cast.addAll(scene.characters()));
        var breakdown = new ScriptBreakdown(list.scenes(), list.shots(), java.util.List.copyOf(cast), lines);
        var described = new LinkedHashMap<ShotId, String>();
        for (var shot : wanted) {
            var brief = Animatics.brief(project.toString(), breakdown, shot, language,
                    shot.id().value().getMostSignificantBits(), format);
            described.put(shot.id(), JSON.writeValueAsString(brief));
        }
        return described;
    }

    @Override
    public ClipSource.Painted painted(String description, Preset preset, int frames) {
        ShotBrief brief;
        try {
            brief = JSON.readValue(description, ShotBrief.class);
        } catch (JacksonException notOurs) {
            throw new IllegalArgumentException("not the description of an animatic: " + notOurs.getOriginalMessage());
        }
        var format = new VideoFormat(preset.width(), preset.height(), preset.fps());
        var drawn = Animatics.lasting(new ShotBrief(brief.projectKey(), brief.shotKey(), brief.sceneNumber(),
                brief.shotNumber(), brief.heading(), brief.setting(), brief.location(), brief.timeOfDay(),
                brief.type(), brief.move(), brief.duration(), brief.subjects(), brief.speaker(), brief.cast(),
                brief.lines(), brief.description(), brief.language(), brief.seed(), format, brief.prompt()),
                Math.max(1, frames));
        return new ClipSource.Painted(Animatics.painter(drawn), format.width(), format.height(),
                "animatic:" + sha256(description) + ":" + preset.id() + ":" + frames);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
