package org.filmfactory.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.MediaStore;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The media store contract on a real S3-compatible server: s3proxy with an in-memory blob store, started in this JVM
 * on a free port for each test, with signed requests (AWS v4) and a new bucket.
 */
class S3MediaStoreTest extends MediaStoreContract {

    static final String ACCESS_KEY = "film-factory-test";
    static final String SECRET_KEY = "not-a-real-secret";

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:30:00Z"), ZoneOffset.UTC);

    S3Proxy server;
    S3MediaStore store;

    @BeforeEach
    void startServer() throws Exception {
        server = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .stopTimeout(0)
                .build();
        server.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        if (store != null) {
            store.close();
        }
        server.stop();
    }

    @Override
    MediaStore store(long quotaBytes) {
        var settings = new MediaSettings.S3(URI.create("http://127.0.0.1:" + server.getPort()), "us-east-1",
                "media-" + UUID.randomUUID(), true, ACCESS_KEY, SECRET_KEY);
        var client = MediaStoreSetup.s3Client(settings);
        client.createBucket(request -> request.bucket(settings.bucket()));
        store = new S3MediaStore(client, settings.bucket(), quotaBytes, scratch.resolve("staging"), CLOCK);
        return store;
    }
}
