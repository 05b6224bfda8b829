package org.filmfactory.render;

import org.filmfactory.platform.UserMessage;
import org.filmfactory.project.ProjectId;

/** A render gave up; the previous film stays. {@code reason} is what people read (it names the shot when one failed). */
public record RenderFailed(ProjectId project, RenderJobId job, UserMessage reason, String requestedBy) {
}
