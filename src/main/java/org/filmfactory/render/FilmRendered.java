package org.filmfactory.render;

import org.filmfactory.project.ProjectId;

/** A film was rendered and stored. Published in the transaction that records it. */
public record FilmRendered(ProjectId project, FilmId film, RenderJobId job, String requestedBy) {
}
