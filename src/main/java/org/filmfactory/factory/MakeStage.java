package org.filmfactory.factory;

import java.util.Locale;

/** The stages of a "Make film" run, in order (translation keys {@code factory.make.stage.<name>}). */
public enum MakeStage {
    BREAKDOWN,
    TAKES,
    VOICES,
    MUSIC,
    SUBTITLES,
    RENDER;

    public String messageKey() {
        return "factory.make.stage." + name().toLowerCase(Locale.ROOT);
    }
}
