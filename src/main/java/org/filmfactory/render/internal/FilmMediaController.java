package org.filmfactory.render.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaResponses;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.render.Film;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.Rendering;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves a film's MP4, SRT and VTT to the project's crew at {@code /media/films/<project>/<film>/film.<kind>}, with
 * byte ranges so the player can seek ({@link MediaResponses}). With {@code ?download} the file comes as an attachment
 * named after the project, the preset and the day it was made ({@code Rain-City-vertical-2026-12-07.mp4}).
 *
 * <p>Who gets what: a signed-out browser gets {@code 401} (Spring Security, as for all of {@code /media/**}); anyone
 * not on the project's crew, and any malformed or unknown project or film id, gets {@code 403} — so a guessed
 * address tells nothing about other projects; a member gets {@code 404} for a film that is gone.
 */
@Controller
class FilmMediaController {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int MAX_NAME = 60;

    private final Rendering rendering;
    private final ProjectManagement projects;
    private final MediaResponses responses;

    FilmMediaController(Rendering rendering, ProjectManagement projects, MediaResponses responses) {
        this.rendering = rendering;
        this.projects = projects;
        this.responses = responses;
    }

    @GetMapping("/media/films/{project}/{film}/{file}")
    void serve(@PathVariable String project, @PathVariable String film, @PathVariable String file,
            @RequestParam(value = "download", required = false) @Nullable String download,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        var kind = switch (file) {
            case "film.mp4" -> "mp4";
            case "film.srt" -> "srt";
            case "film.vtt" -> "vtt";
            default -> "";
        };
        var found = kind.isEmpty() ? Optional.<Film>empty() : find(project, film);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var shown = found.get();
        MediaKey key = switch (kind) {
            case "mp4" -> shown.film();
            case "srt" -> shown.srt();
            default -> shown.vtt();
        };
        responses.send(request, response, key, download == null ? null : downloadName(shown, kind));
    }

    private Optional<Film> find(String project, String film) {
        try {
            var projectId = ProjectId.parse(project);
            if (!projectId.toString().equals(project)) {
                return Optional.empty();
            }
            return rendering.film(projectId, FilmId.parse(film));
        } catch (UserFacingException refused) {
            return Optional.empty();
        }
    }

    /** Project name, preset and day, in letters, digits and hyphens only. */
    private String downloadName(Film film, String kind) {
        var name = UNSAFE.matcher(projects.find(film.project()).name().strip()).replaceAll("-")
                .replaceAll("^-+|-+$", "");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        if (name.isEmpty()) {
            name = "film";
        }
        return name + "-" + film.preset().id() + "-" + DAY.format(film.made()) + "." + kind.toLowerCase(Locale.ROOT);
    }
}
