package org.filmfactory.platform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.MediaStore;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the media store costs (run with {@code bench/media-store-bench.sh}, not by the test suite): {@code usage} of a
 * project with {@code files} files — summed on demand on every store, so it must stay cheap at feature length (1 500
 * shots, a few takes each, clip + poster + thumbnail) — and storing a 32 MB clip (write, fsync, SHA-256, rename),
 * on the local folder and on s3proxy in this JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MediaStoreBenchmark {

    private static final long NO_QUOTA = Long.MAX_VALUE / 2;

    @Param({"local", "s3"})
    public String store;

    @Param({"3000", "15000"})
    public int files;

    private Path folder;
    private S3Proxy server;
    private MediaStore media;
    private final String owner = "projects/" + UUID.randomUUID();
    private final byte[] clip = new byte[32 * 1024 * 1024];
    private MediaKey clipKey;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        folder = Files.createTempDirectory("media-bench");
        if (store.equals("local")) {
            media = new LocalMediaStore(folder.resolve("media"), NO_QUOTA, Clock.systemUTC());
        } else {
            server = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "bench", "bench-secret")
                    .stopTimeout(0).build();
            server.start();
            var settings = new MediaSettings.S3(URI.create("http://127.0.0.1:" + server.getPort()), "us-east-1",
                    "bench", true, "bench", "bench-secret");
            var client = MediaStoreSetup.s3Client(settings);
            client.createBucket(request -> request.bucket("bench"));
            media = new S3MediaStore(client, "bench", NO_QUOTA, folder.resolve("staging"), Clock.systemUTC());
        }
        var small = new byte[4096];
        for (int i = 0; i < files; i++) {
            media.put(new MediaKey(owner + "/takes/t" + (i / 3) + "/f" + (i % 3) + ".jpg"),
                    new ByteArrayInputStream(small), "image/jpeg");
        }
        new Random(1).nextBytes(clip);
        clipKey = new MediaKey(owner + "/films/film.mp4");
    }

    @TearDown(Level.Trial)
    public void clear() throws Exception {
        if (media instanceof AutoCloseable closeable) {
            closeable.close();
        }
        if (server != null) {
            server.stop();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public long usage() throws IOException {
        return media.usage(owner);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public long store32MegabyteClip() throws IOException {
        return media.put(clipKey, new ByteArrayInputStream(clip), "video/mp4").size();
    }
}
