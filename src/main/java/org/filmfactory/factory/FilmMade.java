package org.filmfactory.factory;

import org.filmfactory.project.ProjectId;
import org.filmfactory.render.FilmId;

/** A "Make film" run finished with a film. Published inside the transaction that marked the run done. */
public record FilmMade(ProjectId project, MakeRunId run, FilmId film) {
}
