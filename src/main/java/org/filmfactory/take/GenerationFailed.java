package org.filmfactory.take;

import org.filmfactory.platform.UserFacingException;

/**
 * Generating one shot failed in a way the user can act on, attributed to the shot, the stage and the provider, e.g.
 * "Scene 3, shot 12 — video backend (Acme): 402 Payment Required". Never a bare "generation failed".
 */
public final class GenerationFailed extends UserFacingException {

    /**
     * @param shot "3.12" style scene.shot number
     * @param stage what was being done, e.g. "submitting", "polling", "downloading", "encoding"
     * @param provider the generator or backend name
     * @param cause what the provider or the file said, short
     */
    public GenerationFailed(String shot, String stage, String provider, String cause) {
        super("take.generation-failed", shot, stage, provider, cause);
    }
}
