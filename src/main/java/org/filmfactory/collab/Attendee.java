package org.filmfactory.collab;

import org.filmfactory.account.UserId;

/**
 * Someone who has the project open right now.
 *
 * @param colorIndex the person's colour (0–6), the same on every screen and every node
 * @param place where in the project they are (a view name, later a scene)
 */
public record Attendee(UserId userId, String displayName, int colorIndex, String place) {

    public static int colorOf(UserId userId) {
        return Math.floorMod(userId.value().hashCode(), 7);
    }
}
