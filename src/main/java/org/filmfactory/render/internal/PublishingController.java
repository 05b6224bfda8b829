package org.filmfactory.render.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.PlatformTarget;
import org.filmfactory.render.Publishing;
import org.filmfactory.render.PublishingPackage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a film's publishing package for one platform at
 * {@code /media/films/<project>/<film>/publish/<platform>.zip} (platform as in {@code tiktok}, {@code douyin},
 * {@code youtube_shorts}, {@code instagram_reels}), as an attachment named after the title and the platform. Who
 * gets what is as for the film itself ({@code FilmMediaController}): {@code 401} signed out; {@code 403} for anyone
 * outside the crew and for any malformed or unknown project, film or platform, with an empty body.
 */
@Controller
class PublishingController {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_NAME = 60;

    private final Publishing publishing;

    PublishingController(Publishing publishing) {
        this.publishing = publishing;
    }

    @GetMapping("/media/films/{project}/{film}/publish/{platform}.zip")
    void serve(@PathVariable String project, @PathVariable String film, @PathVariable String platform,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        var target = platform(platform);
        Optional<ProjectId> projectId = target.isEmpty() ? Optional.empty() : project(project);
        if (projectId.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PublishingPackage described;
        FilmId filmId;
        try {
            filmId = FilmId.parse(film);
            described = publishing.describe(projectId.get(), filmId, target.get());
        } catch (UserFacingException refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var name = UNSAFE.matcher(described.title().strip()).replaceAll("-").replaceAll("^-+|-+$", "");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, Math.min(MAX_NAME, name.codePointCount(0,
                    name.length()))));
        }
        if (name.isEmpty()) {
            name = "film";
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + "-" + platform + ".zip", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        publishing.write(projectId.get(), filmId, target.get(), request.getLocale(), response.getOutputStream());
        response.flushBuffer();
    }

    private static Optional<PlatformTarget> platform(String id) {
        for (var platform : PlatformTarget.values()) {
            if (platform.name().toLowerCase(Locale.ROOT).equals(id)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }

    private static Optional<ProjectId> project(String text) {
        try {
            var id = ProjectId.parse(text);
            return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
        } catch (UserFacingException refused) {
            return Optional.empty();
        }
    }
}
