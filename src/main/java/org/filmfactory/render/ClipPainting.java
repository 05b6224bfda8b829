package org.filmfactory.render;

/**
 * Draws clips straight into a film from a short text that describes their pictures, frozen with the render (the
 * factory provides it: the offline animatic of a shot). A render asked to paint some clips
 * ({@link Rendering#request(org.filmfactory.project.ProjectId, RenderSpec, java.util.Map)}) encodes no take for them:
 * nothing is encoded twice. Implementations are stateless and thread-safe.
 */
public interface ClipPainting {

    /**
     * The pictures that {@code description} describes, drawn at the preset's size and rate and lasting
     * {@code frames} frames; its identity changes whenever the pictures would.
     *
     * @throws IllegalArgumentException when the description is not one this painting made
     */
    ClipSource.Painted painted(String description, Preset preset, int frames);
}
