package org.filmfactory.review.internal.links;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.filmfactory.platform.MediaResponses;
import org.filmfactory.review.ReviewLinkId;
import org.filmfactory.review.ReviewLinks;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves a review link's media to its guests at {@code /review/<secret>/media/<media key>}, open without an account:
 * only the clip, poster and thumbnail of the selected take of a shot the link covers, while the link is active (and,
 * for a link with a password, once the guest entered it in this browser session). Everything else — another shot's
 * take, another project's key, a forged or malformed address, an expired or revoked link — is answered {@code 404},
 * the same for what does not exist and what is not theirs, so a guess tells nothing. The answer itself (ranges,
 * ETag) is platform's {@link MediaResponses}.
 */
@Controller
class GuestMediaController {

    /** {@code /review/<secret>/media/<key>}: a secret's shape, then the characters a media key may hold. */
    private static final Pattern ADDRESS = Pattern.compile("/review/([A-Za-z0-9_-]{43})/media/([a-z0-9_./-]{1,512})");

    private final ReviewLinks links;
    private final MediaResponses responses;

    GuestMediaController(ReviewLinks links, MediaResponses responses) {
        this.links = links;
        this.responses = responses;
    }

    @GetMapping("/review/*/media/**")
    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Only the raw, undecoded path is read: a key never needs escaping, so anything escaped is not a key.
        var address = ADDRESS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!address.matches()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Set<ReviewLinkId> entered = GuestSessions.entered(request.getSession(false));
        var key = links.guestMedia(address.group(1), address.group(2), entered);
        if (key.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        responses.send(request, response, key.get(), null);
    }
}
