package org.filmfactory.account;

import java.util.Optional;
import org.filmfactory.account.internal.StudioPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting in this request or UI event. Services ask this rather than trusting an id sent by the browser, so a
 * forged id in a request cannot make one person act as another.
 */
@Component
public class CurrentUser {

    public Optional<UserProfile> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StudioPrincipal principal) {
            return Optional.of(principal.profile());
        }
        return Optional.empty();
    }

    /** The signed-in person; {@link NotSignedIn} when there is none. */
    public UserProfile require() {
        return find().orElseThrow(NotSignedIn::new);
    }

    public UserId requireId() {
        return require().id();
    }
}
