package org.filmfactory.take.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaResponses;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves a project's media to its crew at {@code /media/<media key>}, e.g.
 * {@code /media/projects/<project id>/takes/<take id>/clip.mp4}, with byte ranges so a {@code <video>} can seek.
 *
 * <p>Who gets what: a signed-out browser gets {@code 401} (Spring Security, before this class). Everyone else gets
 * {@code 403} for any address that is not a project's media key — malformed or non-canonical ids, characters a key
 * cannot hold (percent escapes included), dot segments, a key of another owner — and for any project they are not on,
 * whether it exists or not; only a member ({@link Permission#VIEW}) learns that a key is missing ({@code 404}). So a
 * guessed or forged address tells nothing about other projects. (Addresses with encoded slashes or {@code ..} are
 * already answered {@code 400} by Spring Security's firewall and never get here.)
 *
 * <p>The answer itself (ranges, ETag, caching, disposition) is platform's {@link MediaResponses}.
 */
@Controller
class ProjectMediaController {

    private static final String PREFIX = "/media/";
    private static final Pattern KEY_CHARACTERS = Pattern.compile("[a-z0-9_./-]+");

    private final MediaResponses responses;
    private final ProjectAccess access;

    ProjectMediaController(MediaResponses responses, ProjectAccess access) {
        this.responses = responses;
        this.access = access;
    }

    @GetMapping("/media/**")
    void serve(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(value = "download", required = false) @Nullable String download) throws IOException {
        var key = projectKey(request.getRequestURI().substring(request.getContextPath().length()));
        if (key.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        responses.send(request, response, key.get(), download);
    }

    /**
     * The media key an address names, when it is one of a project the signed-in person may view. Only the raw,
     * undecoded path is read: a key never needs escaping, so anything escaped is not a key.
     */
    private Optional<MediaKey> projectKey(String path) {
        if (!path.startsWith(PREFIX) || !KEY_CHARACTERS.matcher(path.substring(PREFIX.length())).matches()) {
            return Optional.empty();
        }
        MediaKey key;
        try {
            key = new MediaKey(path.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        var owner = key.owner().split("/");
        if (owner.length != 2 || !owner[0].equals("projects") || key.owner().equals(key.path())) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(owner[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // One spelling per project: "0-0-0-0-0" parses too, but is not how any key is written.
        if (!id.toString().equals(owner[1]) || !access.can(new ProjectId(id), Permission.VIEW)) {
            return Optional.empty();
        }
        return Optional.of(key);
    }
}
