package org.filmfactory.project;

import java.util.Locale;

/** The language a project's screenplay is written in; it picks heading rules, reading speed and fonts. */
public enum ScriptLanguage {
    EN(Locale.ENGLISH),
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    ScriptLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
