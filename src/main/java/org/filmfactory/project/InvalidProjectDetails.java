package org.filmfactory.project;

import org.filmfactory.platform.InvalidInput;

/** A project's name, logline, format or an invitation's e-mail is out of bounds. */
public class InvalidProjectDetails extends InvalidInput {

    public InvalidProjectDetails(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
