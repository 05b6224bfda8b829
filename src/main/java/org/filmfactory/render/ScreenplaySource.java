package org.filmfactory.render;

import org.filmfactory.project.ProjectId;

/**
 * The project's screenplay text as it is now, for the words of a publishing package (title page, logline). Render
 * does not depend on the screenplay module; the factory, which may, provides this.
 */
public interface ScreenplaySource {

    /** The Fountain text, as the person asking may read it. */
    String text(ProjectId project);
}
