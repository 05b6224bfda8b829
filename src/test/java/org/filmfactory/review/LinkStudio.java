package org.filmfactory.review;

import static java.time.Duration.ofSeconds;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeView;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.springframework.context.ApplicationContext;

/**
 * A small project for review-link tests: a crew of every role, a script of five shots, and an uploaded (selected)
 * take on each shot — a real H.264 clip of 360×640 at 24 fps. The director is signed in afterwards.
 */
record LinkStudio(ProjectId project, Actor owner, Actor director, Actor writer, Actor editor, Actor viewer,
        List<Shot> shots, List<TakeView> takes) {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            Fluorescent light. An old clerk, TOMAS, locks the counter drawer.

            MAYA
            One letter. Registered. It has to go tonight.

            EXT. HARBOUR ROAD - NIGHT

            The rain stops all at once.
            """;

    static LinkStudio create(ApplicationContext context, String name, Path folder) {
        var owner = Actors.create(context, "Olga Owner").signIn();
        var project = context.getBean(ProjectManagement.class).create(
                new NewProject(name, "", ScriptLanguage.EN, new OutputFormat(360, 640, 24)));
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        writer.signIn();
        var revision = context.getBean(ScriptEditing.class).save(project, 0, SCRIPT).revision();
        var breakdowns = context.getBean(Breakdowns.class);
        var shots = await().pollInSameThread().atMost(ofSeconds(30))
                .until(() -> breakdowns.shotList(project), list -> list.scriptRevision() == revision).shots();
        director.signIn();
        var takes = new ArrayList<TakeView>();
        var generation = context.getBean(TakeGeneration.class);
        for (var shot : shots) {
            var clip = clip(context, folder);
            try (InputStream in = Files.newInputStream(clip)) {
                var take = generation.upload(project, shot.id(), "clip.mp4", in, Files.size(clip));
                generation.select(project, take.id());
                takes.add(generation.takes(project, shot.id()).getFirst());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new LinkStudio(project, owner, director, writer, editor, viewer, List.copyOf(shots), List.copyOf(takes));
    }

    /** A real clip of 12 frames, a moving bar on grey. */
    static Path clip(ApplicationContext context, Path folder) {
        var target = folder.resolve(UUID.randomUUID() + ".mp4");
        try {
            context.getBean(VideoEncoder.class).encode(new VideoFormat(360, 640, 24), 12, (g, frame) -> {
                g.setColor(java.awt.Color.GRAY);
                g.fillRect(0, 0, 360, 640);
                g.setColor(java.awt.Color.ORANGE);
                g.fillRect(frame * 20, 300, 40, 40);
            }, target, percent -> { }, () -> false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
