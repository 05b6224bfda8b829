package org.filmfactory.project;

import org.filmfactory.platform.UserFacingException;

/** A project's name, logline or format is out of bounds; {@link #field()} says which. */
public class InvalidProjectDetails extends UserFacingException {

    private final String field;

    public InvalidProjectDetails(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
