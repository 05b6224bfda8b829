package org.filmfactory.take.internal.animatic;

import java.io.IOException;
import java.nio.file.Path;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.take.GeneratedMedia;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.ShotBrief;
import org.filmfactory.take.ShotGenerator;
import org.springframework.stereotype.Component;

/** The studio's default {@link ShotGenerator}: the offline {@link Animatic}, a clip in the project's format. */
@Component
class AnimaticGenerator implements ShotGenerator {

    static final String CLIP = "animatic.mp4";

    private final Animatic animatic;

    AnimaticGenerator(VideoEncoder encoder) {
        this.animatic = new Animatic(encoder);
    }

    @Override
    public String id() {
        return Animatic.ID;
    }

    @Override
    public GeneratedMedia generate(ShotBrief brief, Path workFolder, GenerationProgress progress)
            throws IOException, InterruptedException {
        var clip = animatic.render(brief, workFolder.resolve(CLIP), progress);
        return new GeneratedMedia.Clip(clip.path());
    }
}
