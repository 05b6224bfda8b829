package org.filmfactory.render;

import java.util.Locale;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;

/** Where the films are, so other modules link to them without knowing the view. */
public final class RenderNavigation {

    /** The films' path below a project's room. */
    public static final String FILMS = "films";

    private RenderNavigation() {
    }

    /** The Films screen of a project, relative to the studio's root. */
    public static String toFilms(ProjectId projectId) {
        return ProjectNavigation.toSection(projectId, FILMS);
    }

    /** The address a film's MP4, SRT or VTT is played or downloaded from ({@code kind}: mp4, srt, vtt). */
    public static String toFilmFile(ProjectId projectId, FilmId filmId, String kind, boolean download) {
        return "/media/films/" + projectId + "/" + filmId + "/film." + kind + (download ? "?download=1" : "");
    }

    /** The address a film's publishing package for {@code platform} is downloaded from (a ZIP). */
    public static String toPublishingPackage(ProjectId projectId, FilmId filmId, PlatformTarget platform) {
        return "/media/films/" + projectId + "/" + filmId + "/publish/"
                + platform.name().toLowerCase(Locale.ROOT) + ".zip";
    }
}
