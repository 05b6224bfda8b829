package org.filmfactory.factory;

import java.util.List;
import java.util.Objects;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.Preset;

/**
 * What a batch is asked to make: its sources × its presets.
 *
 * @param name shown on the batch page and in the report
 * @param scripts screenplay files, each a new project
 * @param ideas ideas, each a new project whose screenplay the configured chat backend writes (refused without one)
 * @param projects existing projects (the caller needs {@code RENDER} on each)
 * @param presets one film per source and preset
 * @param takes which takes the runs film ({@link TakePolicy#APPROVED_OR_ANIMATIC} for new projects draws every shot
 *     as an animatic)
 * @param subtitles whether subtitles are burned into the picture
 */
public record NewBatch(String name, List<BatchScript> scripts, List<Idea> ideas, List<ProjectId> projects,
        List<Preset> presets, TakePolicy takes, boolean subtitles) {

    public NewBatch {
        Objects.requireNonNull(name, "name");
        scripts = List.copyOf(scripts);
        ideas = List.copyOf(ideas);
        projects = List.copyOf(projects);
        presets = List.copyOf(presets);
        Objects.requireNonNull(takes, "takes");
    }

    /** A screenplay file as uploaded: its file name (the film's name) and its bytes, unread. */
    public record BatchScript(String fileName, byte[] bytes) {

        public BatchScript {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}
