package org.filmfactory.platform.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.MediaStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The one {@link MediaStore} of this node, as {@code filmfactory.media.store} chooses. */
@Configuration(proxyBeanMethods = false)
class MediaStoreSetup {

    @Bean
    MediaStore mediaStore(MediaSettings settings, Clock clock) throws IOException {
        long quota = settings.quotaPerProject().toBytes();
        return switch (settings.store()) {
            case LOCAL -> new LocalMediaStore(settings.folder(), quota, clock);
            case S3 -> new S3MediaStore(s3Client(settings.s3()), settings.s3().bucket(), quota,
                    Path.of(System.getProperty("java.io.tmpdir"), "filmfactory-media-staging"), clock);
        };
    }

    /** A client for any S3-compatible server: the JDK's HTTP connection, checksums only where S3 requires them. */
    static S3Client s3Client(MediaSettings.S3 s3) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                // Content-MD5 already guards each upload; the newer default trailers are not understood by every
                // S3-compatible server.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
            builder.credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
