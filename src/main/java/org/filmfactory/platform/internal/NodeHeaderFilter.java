package org.filmfactory.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.filmfactory.platform.StudioNode;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the node on every response and in every log line of the request, so an operator behind a load balancer
 * can tell which node did what (and the deploy smoke test can check sticky sessions).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NodeHeaderFilter extends OncePerRequestFilter {

    static final String HEADER = "X-FilmFactory-Node";
    private final StudioNode node;

    NodeHeaderFilter(StudioNode node) {
        this.node = node;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, node.name());
        MDC.put("node", node.name());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("node");
        }
    }
}
