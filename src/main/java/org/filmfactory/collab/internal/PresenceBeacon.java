package org.filmfactory.collab.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.filmfactory.collab.Presence;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The goodbye a closing tab sends ({@code navigator.sendBeacon}) so its avatar leaves everyone's screen at once:
 * Vaadin itself notices a closed tab only minutes later. The body is the tab's secret ticket id, which is the only
 * authority needed — it cannot be guessed, and all it can do is end that one presence — so this runs ahead of the
 * security chain and needs no CSRF token (a beacon cannot send one).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PresenceBeacon extends OncePerRequestFilter {

    static final String PATH = "/presence-beacon";
    private static final Pattern TICKET = Pattern.compile("^[0-9a-f-]{36}/[0-9a-f-]{36}$");
    private static final int MAX_BODY = 100;
    private final Presence presence;

    PresenceBeacon(Presence presence) {
        this.presence = presence;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Matched by its end: the page's base address decides which folder the beacon is sent from.
        return !request.getRequestURI().endsWith(PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        var body = new String(request.getInputStream().readNBytes(MAX_BODY), StandardCharsets.US_ASCII).strip();
        if (TICKET.matcher(body).matches()) {
            presence.leave(body);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
