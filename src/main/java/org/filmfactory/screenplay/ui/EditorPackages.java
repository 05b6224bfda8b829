package org.filmfactory.screenplay.ui;

/** The versions of the editor's npm packages, in one place: they must move together (one shared state package). */
final class EditorPackages {

    static final String STATE = "6.7.6";
    static final String VIEW = "6.43.15";
    static final String COMMANDS = "6.11.1";
    static final String COLLAB = "6.1.1";
    static final String SEARCH = "6.7.2";
    static final String LANGUAGE = "6.13.1";
    static final String HIGHLIGHT = "1.2.5";

    private EditorPackages() {
    }
}
