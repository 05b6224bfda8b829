package org.filmfactory.take.internal;

import java.util.List;
import java.util.Optional;
import org.filmfactory.take.ShotGenerator;
import org.springframework.stereotype.Component;

/** The shot generators of this studio, found by id. */
@Component
public class Generators {

    private final List<ShotGenerator> generators;
    private final TakeSettings settings;

    Generators(List<ShotGenerator> generators, TakeSettings settings) {
        this.generators = List.copyOf(generators);
        this.settings = settings;
    }

    public Optional<ShotGenerator> byId(String id) {
        return generators.stream().filter(generator -> generator.id().equals(id)).findFirst();
    }

    /** The generator a project uses: the configured default. */
    public String defaultId() {
        return settings.defaultGenerator();
    }

    /** A seed for the {@code request}-th generation of a shot: the same shot and number always give the same. */
    public static long seed(java.util.UUID shotId, int request) {
        long z = shotId.getMostSignificantBits() ^ Long.rotateLeft(shotId.getLeastSignificantBits(), 17)
                ^ (request * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
