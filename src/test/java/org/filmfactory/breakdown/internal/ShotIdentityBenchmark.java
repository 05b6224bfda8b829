package org.filmfactory.breakdown.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long re-deriving a long shot list takes while keeping every shot's identity (run with
 * {@code bench/shot-identity-bench.sh}, not by the test suite): the script of {@link ShotIdentityTest}'s long case,
 * 20 copies of a short film (960 shots), after a scene inserted near the top and one copy's scene deleted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ShotIdentityBenchmark {

    private List<SceneState> before;
    private String edited;

    @Setup
    public void prepare() {
        var feature = (ShotIdentityTest.CARD + "\n").repeat(20);
        before = ShotIdentityTest.first(feature);
        edited = ShotIdentityTest.insertBefore(ShotIdentityTest.cut(feature, before.get(1)),
                "INT. SAN FRANCISCO APARTMENT, DAY", "EXT. ROOFTOP - DAWN\n\nWind.\n\n");
    }

    @Benchmark
    public List<SceneState> rederiveAfterAnInsertAboveAndADeletedCopy() {
        return ShotIdentityTest.next(before, edited);
    }
}
