package org.filmfactory.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.filmfactory.project.ProjectId;

/**
 * A kept film made ready for one platform: its MP4, a cover chosen from its frames, the title, description and
 * hashtags (from the script's title page and the project's logline, cut to the platform's limits) and the platform's
 * preflight verdict. Every member may have it ({@code VIEW}); a film of another project is refused like a forbidden
 * one ({@code NotAllowed}).
 */
public interface Publishing {

    /** What the package holds besides the files. Reads the live script's title page. */
    PublishingPackage describe(ProjectId project, FilmId film, PlatformTarget platform);

    /**
     * Writes the package as a ZIP: {@code film.mp4}, {@code cover.jpg}, {@code package.json} (the manifest) and
     * {@code README.txt} (the same in words of {@code language}), all text in UTF-8.
     *
     * @throws IOException when the film's media cannot be read or {@code out} fails
     */
    PublishingPackage write(ProjectId project, FilmId film, PlatformTarget platform, Locale language,
            OutputStream out) throws IOException;
}
