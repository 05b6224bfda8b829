package org.filmfactory.cut.internal.handoff;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.ClipMedia;
import org.filmfactory.cut.CutExports;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Cuts;
import org.filmfactory.cut.Voices;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.springframework.stereotype.Service;

/**
 * The cut handed to finishing tools: reads the live cut, names its clips after their shots and takes, and lets the
 * pure writers ({@link OtioWriter}, {@link EdlWriter}, {@link SrtWriter}) do the rest. Every export needs
 * {@code VIEW}; another project's id is refused like a forbidden one.
 *
 * <p>Take files are named {@code s001-shot02-take-3f0c1a2b.mp4} (scene, shot, the take id's first eight characters),
 * the name {@link #takeFileName} gives, so an editor who collects the takes under those names relinks everything.
 */
@Service
class CutHandoff implements CutExports {

    private static final int MAX_DESCRIPTION = 48;

    private final ProjectAccess access;
    private final Cuts cuts;
    private final Voices voices;
    private final Breakdowns breakdowns;

    CutHandoff(ProjectAccess access, Cuts cuts, Voices voices, Breakdowns breakdowns) {
        this.access = access;
        this.cuts = cuts;
        this.voices = voices;
        this.breakdowns = breakdowns;
    }

    @Override
    public byte[] otio(ProjectId project) {
        access.require(project, Permission.VIEW);
        var cut = cuts.current(project);
        return OtioWriter.write(title(project), cut, clips(project, cut), voices.timedLines(project, cut));
    }

    @Override
    public byte[] edl(ProjectId project) {
        access.require(project, Permission.VIEW);
        var cut = cuts.current(project);
        return EdlWriter.write(title(project), cut, clips(project, cut));
    }

    @Override
    public byte[] srt(ProjectId project) {
        access.require(project, Permission.VIEW);
        var cut = cuts.current(project);
        return SrtWriter.write(voices.timedLines(project, cut), cut.fps());
    }

    private String title(ProjectId project) {
        return access.nameOf(project).orElse(project.toString());
    }

    private Map<ClipId, HandoffClip> clips(ProjectId project, CutSnapshot cut) {
        var scenes = new HashMap<SceneId, BreakdownScene>();
        breakdowns.scenes(project).forEach(scene -> scenes.put(scene.id(), scene));
        var shots = new HashMap<ShotId, Shot>();
        breakdowns.shots(project).forEach(shot -> shots.put(shot.id(), shot));
        var media = cuts.media(project, cut);
        var named = new HashMap<ClipId, HandoffClip>();
        for (var clip : cut.clips()) {
            var shot = shots.get(clip.shot());
            var scene = shot == null ? null : scenes.get(shot.sceneId());
            int sceneNumber = scene == null ? 0 : scene.number();
            int shotNumber = shot == null ? 0 : shot.number();
            var name = sceneNumber + "." + shotNumber + (shot == null ? "" : " " + shorter(shot.description()));
            ClipMedia file = clip.take() == null ? null : media.get(clip.id());
            named.put(clip.id(), file == null
                    ? new HandoffClip(name.strip(), null, cut.fps(), 0)
                    : new HandoffClip(name.strip(), takeFileName(sceneNumber, shotNumber, clip.take().toString(),
                            file.file().fileName()), file.fps(),
                            file.frames()));
        }
        return named;
    }

    /** {@code s001-shot02-take-3f0c1a2b.mp4}: sorts in film order and names the take. */
    static String takeFileName(int scene, int shot, String takeId, String storedName) {
        int dot = storedName.lastIndexOf('.');
        var extension = dot < 0 ? "mp4" : storedName.substring(dot + 1);
        var take = takeId.replaceAll("[^A-Za-z0-9]", "");
        return String.format(Locale.ROOT, "s%03d-shot%02d-take-%s.%s", scene, shot,
                take.substring(0, Math.min(8, take.length())), extension);
    }

    private static String shorter(String description) {
        var line = description.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= MAX_DESCRIPTION ? line
                : line.substring(0, line.offsetByCodePoints(0, MAX_DESCRIPTION - 1)).stripTrailing() + "…";
    }
}
