package org.filmfactory.project;

import org.filmfactory.platform.UserFacingException;

/** A change to the crew that would break a rule: the last owner leaving, or a person who is not on the crew. */
public class CrewChangeRefused extends UserFacingException {
    public CrewChangeRefused(String messageKey) {
        super(messageKey);
    }

    public static CrewChangeRefused lastOwner() {
        return new CrewChangeRefused("project.error.last-owner");
    }

    public static CrewChangeRefused notOnCrew() {
        return new CrewChangeRefused("project.error.not-on-crew");
    }
}
