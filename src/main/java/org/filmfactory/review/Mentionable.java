package org.filmfactory.review;

/** A member who can be @mentioned in the project: what completion offers. */
public record Mentionable(String userId, String name, int colorIndex) {
}
