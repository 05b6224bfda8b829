package org.filmfactory.platform.ui;

/**
 * A signed-in principal that has a name to show in the studio's header (the account module's principal is one), so
 * the frame can greet people by name without knowing the account module.
 */
public interface NamedPerson {

    String displayName();
}
