package org.filmfactory.fountain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse speed for the figures (run with {@code bench/parse-bench.sh}, not by the test suite). The inputs are
 * the files {@code bench/make-inputs.sh} writes — the same ones the reference parser is timed on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FountainParseBenchmark {

    @Param({"180k", "1m", "10m"})
    public String size;

    private String script;

    @Setup
    public void read() {
        var dir = Path.of(System.getProperty("bench.inputs", "target/bench-inputs"));
        try {
            script = Files.readString(dir.resolve("script-" + size + ".fountain"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("run bench/make-inputs.sh first", e);
        }
    }

    @Benchmark
    public ParsedScript parse() {
        return FountainReader.read(script, Dialect.PLAIN);
    }
}
