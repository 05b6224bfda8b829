package org.filmfactory.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaQuotaExceeded;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.StoredMedia;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The media store in an S3-compatible bucket, for nodes on several hosts. Object key = media key; the lower-case hex
 * SHA-256 travels as the object's user metadata {@code sha256}.
 *
 * <p>A write first reads the whole content into a local temporary file, hashing it (SHA-256 for the store, MD5 for
 * the server), and only then sends one {@code PutObject} with the exact length and {@code Content-MD5}: S3 makes an
 * object visible only when the request completed and the MD5 matched, so a failing source stream sends nothing, a
 * broken upload leaves the old object (or none), and two writers of one key leave one of the two whole. An object
 * without the {@code sha256} metadata was not written by the store and reads as absent.
 *
 * <p>Every failure to reach or understand the server (network, refusal, retries used up) is an {@link IOException}.
 *
 * <p>{@link #usage} lists the owner's prefix on demand (1 000 objects a request) rather than caching a figure that
 * nodes would have to agree on. Unlike the local store, the quota check has a small window: two nodes writing to one
 * project at the very same moment may each pass it (S3 has no lock to take turns on), so a project can overshoot
 * its quota by the files written at that moment.
 */
final class S3MediaStore implements MediaStore, AutoCloseable {

    private static final String SHA256 = "sha256";
    private static final String STORED = "stored";
    private static final int NOT_FOUND = 404;
    private static final int RANGE_NOT_SATISFIABLE = 416;

    private final S3Client client;
    private final String bucket;
    private final long quotaBytes;
    private final Path staging;
    private final Clock clock;

    S3MediaStore(S3Client client, String bucket, long quotaBytes, Path staging, Clock clock) {
        this.client = client;
        this.bucket = bucket;
        this.quotaBytes = quotaBytes;
        this.staging = staging;
        this.clock = clock;
    }

    @Override
    public StoredMedia put(MediaKey key, Path file, String contentType) throws IOException {
        return upload(key, StagedFile.hash(file), contentType);
    }

    @Override
    public StoredMedia put(MediaKey key, InputStream content, String contentType) throws IOException {
        Files.createDirectories(staging);
        var staged = StagedFile.write(content, staging.resolve(UUID.randomUUID() + ".part"));
        try {
            return upload(key, staged, contentType);
        } finally {
            Files.deleteIfExists(staged.file());
        }
    }

    private StoredMedia upload(MediaKey key, StagedFile staged, String contentType) throws IOException {
        long used = usage(key.owner());
        long replaced = stat(key).map(StoredMedia::size).orElse(0L);
        if (used - replaced + staged.size() > quotaBytes) {
            throw new MediaQuotaExceeded(used, quotaBytes);
        }
        var stored = new StoredMedia(key, staged.size(), staged.sha256(), contentType, clock.instant());
        try {
            client.putObject(request -> request.bucket(bucket).key(key.path())
                            .contentType(contentType)
                            .contentLength(staged.size())
                            .contentMD5(Base64.getEncoder().encodeToString(staged.md5()))
                            .metadata(Map.of(SHA256, stored.sha256(), STORED, stored.stored().toString())),
                    RequestBody.fromFile(staged.file()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SdkException e) {
            throw new IOException("could not store " + key + " in bucket " + bucket, e);
        }
        return stored;
    }

    @Override
    public Optional<StoredMedia> stat(MediaKey key) throws IOException {
        try {
            var head = client.headObject(request -> request.bucket(bucket).key(key.path()));
            var sha256 = head.metadata().get(SHA256);
            if (sha256 == null) {
                return Optional.empty();
            }
            var stored = head.metadata().get(STORED);
            return Optional.of(new StoredMedia(key, head.contentLength(), sha256, head.contentType(),
                    stored == null ? head.lastModified() : Instant.parse(stored)));
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw new IOException("could not look up " + key + " in bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("could not look up " + key + " in bucket " + bucket, e);
        }
    }

    @Override
    public InputStream open(MediaKey key, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("range " + offset + "+" + length);
        }
        if (length == 0) {
            // An HTTP range cannot ask for no bytes; the bounds still have to hold.
            var stored = stat(key).orElseThrow(() -> new NoSuchFileException(key.path()));
            LocalMediaStore.checkRange(offset, length, stored.size());
            return InputStream.nullInputStream();
        }
        try {
            var object = client.getObject(request -> request.bucket(bucket).key(key.path())
                    .range("bytes=" + offset + "-" + (offset + length - 1)));
            var total = object.response().contentRange() == null ? object.response().contentLength()
                    : Long.parseLong(object.response().contentRange().substring(
                            object.response().contentRange().lastIndexOf('/') + 1));
            if (object.response().metadata().get(SHA256) == null || length > total - offset) {
                object.abort();
                object.close();
                if (object.response().metadata().get(SHA256) == null) {
                    throw new NoSuchFileException(key.path());
                }
                LocalMediaStore.checkRange(offset, length, total);
            }
            return new RangeStream(object, length);
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                throw new NoSuchFileException(key.path());
            }
            if (e.statusCode() == RANGE_NOT_SATISFIABLE) {
                throw new IllegalArgumentException("range " + offset + "+" + length + " outside " + key, e);
            }
            throw new IOException("could not read " + key + " from bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("could not read " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public void copyTo(MediaKey key, Path target) throws IOException {
        var stored = stat(key).orElseThrow(() -> new NoSuchFileException(key.path()));
        var absolute = target.toAbsolutePath();
        var temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try (var in = open(key, 0, stored.size())) {
            Files.copy(in, temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public void delete(MediaKey key) throws IOException {
        try {
            client.deleteObject(request -> request.bucket(bucket).key(key.path()));
        } catch (S3Exception e) {
            if (e.statusCode() != NOT_FOUND) {
                throw new IOException("could not delete " + key + " from bucket " + bucket, e);
            }
        } catch (SdkException e) {
            throw new IOException("could not delete " + key + " from bucket " + bucket, e);
        }
    }

    @Override
    public long usage(String owner) throws IOException {
        var prefix = LocalMediaStore.ownerPath(owner) + "/";
        try {
            return client.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix))
                    .contents().stream()
                    .mapToLong(S3Object::size)
                    .sum();
        } catch (SdkException e) {
            throw new IOException("could not list " + prefix + " in bucket " + bucket, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
