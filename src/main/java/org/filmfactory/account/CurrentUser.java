package org.filmfactory.account;

import java.util.Optional;
import org.filmfactory.account.internal.StudioPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting in this request or UI event. Services ask this rather than trusting an id sent by the browser, so a
 * forged id in a request cannot make one person act as another.
 */
@Component
public class CurrentUser {

    public Optional<UserProfile> find() {
        var profile = profileOf(SecurityContextHolder.getContext().getAuthentication());
        return profile != null ? Optional.ofNullable(profile) : Optional.ofNullable(fromRequest());
    }

    /** The signed-in person; {@link NotSignedIn} when there is none. */
    public UserProfile require() {
        return find().orElseThrow(NotSignedIn::new);
    }

    public UserId requireId() {
        return require().id();
    }

    /**
     * The person of a plain HTTP request (media, downloads), read from the request itself. The security filter keeps
     * the request's context through its own strategy; the static holder is process-wide and, when several studios
     * run in one JVM (the cluster tests), belongs to whichever started last — so it may not hold this request's
     * person even though the request is signed in.
     */
    private static @Nullable UserProfile fromRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        var request = attributes.getRequest();
        if (request.getUserPrincipal() instanceof Authentication authentication) {
            var profile = profileOf(authentication);
            if (profile != null) {
                return profile;
            }
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository
                .SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context) {
            return profileOf(context.getAuthentication());
        }
        return null;
    }

    private static @Nullable UserProfile profileOf(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof StudioPrincipal principal
                ? principal.profile() : null;
    }
}
