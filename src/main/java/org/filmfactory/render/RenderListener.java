package org.filmfactory.render;

/** Hears a render's progress. Called on the rendering thread; cheap calls only. */
@FunctionalInterface
public interface RenderListener {

    /**
     * @param stage what is being done
     * @param percent of the whole render, 0…100, never going back within one render
     * @param segment the segment being rendered (from 1) during {@link RenderStage#PICTURE}, else 0
     * @param segments how many segments the film has
     */
    void progress(RenderStage stage, int percent, int segment, int segments);

    RenderListener NONE = (stage, percent, segment, segments) -> { };
}
