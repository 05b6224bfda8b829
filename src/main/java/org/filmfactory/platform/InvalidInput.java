package org.filmfactory.platform;

/**
 * Something a person typed is out of bounds. {@link #field()} names the form field it concerns (empty for the
 * whole form), so the view can show the message right beside it and keep everything typed.
 */
public abstract class InvalidInput extends UserFacingException {

    private final String field;

    protected InvalidInput(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
