package org.filmfactory.render;

/** The stages of a render, in order, as progress names them (translation keys {@code render.stage.<name>}). */
public enum RenderStage {
    PREPARING,
    VOICES,
    MUSIC,
    PICTURE,
    JOINING,
    MIXING,
    FINISHING,
    CHECKING;

    public String messageKey() {
        return "render.stage." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
