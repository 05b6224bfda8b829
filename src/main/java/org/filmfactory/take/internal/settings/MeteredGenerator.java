package org.filmfactory.take.internal.settings;

import java.io.IOException;
import java.nio.file.Path;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.take.ShotGenerator;

/** A generator that calls a paid provider: it counts its requests and results on a {@link Meter}. */
public interface MeteredGenerator extends ShotGenerator {

    /** What one generation of {@code brief} is expected to cost with these settings, before it starts. */
    java.math.BigDecimal estimate(BackendConfig config, ShotBrief brief);

    /** The same as {@link #generate(ShotBrief, Path, GenerationProgress)}, counting on {@code meter}. */
    GeneratedMedia generate(ShotBrief brief, Path workFolder, GenerationProgress progress, Meter meter)
            throws IOException, InterruptedException;

    @Override
    default GeneratedMedia generate(ShotBrief brief, Path workFolder, GenerationProgress progress)
            throws IOException, InterruptedException {
        return generate(brief, workFolder, progress, new Meter());
    }
}
