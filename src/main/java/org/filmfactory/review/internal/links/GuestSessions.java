package org.filmfactory.review.internal.links;

import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.filmfactory.review.ReviewLinkId;
import org.jspecify.annotations.Nullable;

/**
 * The review links a browser session entered (gave a name and, when asked, the right password), kept in the HTTP
 * session only: the guest page adds to it, the guests' media controller reads it. Nothing of a guest is stored
 * elsewhere.
 */
public final class GuestSessions {

    /** The HTTP session attribute: a set of link ids (UUIDs). */
    public static final String ATTRIBUTE = "filmfactory.review-links.entered";

    private GuestSessions() {
    }

    /** The links this session entered; none without a session. */
    public static Set<ReviewLinkId> entered(@Nullable HttpSession session) {
        var value = session == null ? null : session.getAttribute(ATTRIBUTE);
        var entered = new HashSet<ReviewLinkId>();
        if (value instanceof Set<?> ids) {
            for (var id : ids) {
                if (id instanceof UUID uuid) {
                    entered.add(new ReviewLinkId(uuid));
                }
            }
        }
        return entered;
    }

    /** The attribute's new value once {@code link} is entered too ({@code current} is the attribute's value). */
    public static HashSet<UUID> with(@Nullable Object current, ReviewLinkId link) {
        var ids = new HashSet<UUID>();
        if (current instanceof Set<?> known) {
            known.stream().filter(UUID.class::isInstance).map(UUID.class::cast).forEach(ids::add);
        }
        ids.add(link.value());
        return ids;
    }
}
