package org.filmfactory.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where the {@link MediaStore} keeps media and how much a project may hold.
 *
 * @param store {@code local} (a folder; nodes on one host share it) or {@code s3} (an S3-compatible object store, for
 *     nodes on several hosts)
 * @param folder the local store's folder; {@code application.properties} puts it under {@code filmfactory.data-dir}
 * @param quotaPerProject the most media one project may hold; a store beyond it is refused with
 *     {@link MediaQuotaExceeded} and nothing is stored
 * @param maxUpload the largest file a person may upload (checked by the upload, before anything is stored; media the
 *     studio makes itself, such as films, is held only to the quota)
 * @param s3 the object store, when {@code store=s3}
 */
@ConfigurationProperties("filmfactory.media")
@Validated
public record MediaSettings(
        @DefaultValue("local") @NotNull Store store,
        @DefaultValue("./data/media") @NotNull Path folder,
        @DefaultValue("20GB") @NotNull DataSize quotaPerProject,
        @DefaultValue("500MB") @NotNull DataSize maxUpload,
        @DefaultValue @Valid S3 s3) {

    /** Which store holds the media. */
    public enum Store {
        LOCAL,
        S3
    }

    /**
     * An S3-compatible object store (AWS S3, MinIO, Ceph, Garage, …).
     *
     * @param endpoint the service address, e.g. {@code http://minio:9000}; empty for AWS itself
     * @param region the signing region ({@code us-east-1} suits most S3-compatible servers)
     * @param bucket the bucket, which must exist
     * @param pathStyle {@code true} for {@code endpoint/bucket/key} addresses (what most self-hosted servers want),
     *     {@code false} for {@code bucket.endpoint/key}
     * @param accessKey the access key id; empty to use the AWS default credential chain
     * @param secretKey the secret key that goes with it
     */
    public record S3(
            @Nullable URI endpoint,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("film-factory") String bucket,
            @DefaultValue("true") boolean pathStyle,
            @Nullable String accessKey,
            @Nullable String secretKey) {
    }
}
