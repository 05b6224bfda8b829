package org.filmfactory.factory;

import java.util.Objects;
import org.filmfactory.render.RenderSpec;

/**
 * What a run is asked for.
 *
 * @param takes which takes it films
 * @param render the preset and subtitles of the film
 */
public record MakeOptions(TakePolicy takes, RenderSpec render) {

    public static final MakeOptions DEFAULT = new MakeOptions(TakePolicy.SELECTED, RenderSpec.DEFAULT);

    public MakeOptions {
        Objects.requireNonNull(takes, "takes");
        Objects.requireNonNull(render, "render");
    }
}
