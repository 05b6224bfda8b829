package org.filmfactory.take.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.StoredMedia;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves a project's media to its crew at {@code /media/<media key>}, e.g.
 * {@code /media/projects/<project id>/takes/<take id>/clip.mp4}, with byte ranges so a {@code <video>} can seek.
 *
 * <p>Who gets what: a signed-out browser gets {@code 401} (Spring Security, before this class). Everyone else gets
 * {@code 403} for any address that is not a project's media key — malformed or non-canonical ids, characters a key
 * cannot hold (percent escapes included), dot segments, a key of another owner — and for any project they are not on,
 * whether it exists or not; only a member ({@link Permission#VIEW}) learns that a key is missing ({@code 404}). So a
 * guessed or forged address tells nothing about other projects. (Addresses with encoded slashes or {@code ..} are
 * already answered {@code 400} by Spring Security's firewall and never get here.)
 *
 * <p>Answers: {@code Accept-Ranges: bytes}; {@code Range} as {@link RequestedRange} reads it, {@code 206} with
 * {@code Content-Range}, {@code 416} with {@code Content-Range: bytes *}{@code /size}; the stored content type;
 * {@code Content-Disposition: inline} for pictures, video and audio, {@code attachment} for anything else and
 * whenever {@code ?download} is given (its value, when given, is the file name offered). The ETag is the content's
 * SHA-256, {@code If-None-Match} gives {@code 304} and {@code If-Range} with another tag sends the whole file.
 * {@code Cache-Control: private, no-cache}: a browser may keep the bytes but asks again each time, so a person
 * removed from the crew loses access at once. Bytes are streamed from the store, never held whole in memory.
 */
@Controller
class ProjectMediaController {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectMediaController.class);
    private static final String PREFIX = "/media/";
    private static final Pattern KEY_CHARACTERS = Pattern.compile("[a-z0-9_./-]+");
    private static final Pattern DOWNLOAD_NAME_REFUSED = Pattern.compile("[\\p{Cntrl}/\\\\\"]");
    private static final int MAX_DOWNLOAD_NAME = 200;

    private final MediaStore store;
    private final ProjectAccess access;

    ProjectMediaController(MediaStore store, ProjectAccess access) {
        this.store = store;
        this.access = access;
    }

    @GetMapping("/media/**")
    void serve(HttpServletRequest request, HttpServletResponse response,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) @Nullable String range,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.IF_RANGE, required = false) @Nullable String ifRange,
            @RequestParam(value = "download", required = false) @Nullable String download) throws IOException {
        var key = projectKey(request.getRequestURI().substring(request.getContextPath().length()));
        if (key.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var stored = store.stat(key.get());
        if (stored.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var media = stored.get();
        var etag = "\"" + media.sha256() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var requested = ifRange != null && !ifRange.strip().equals(etag)
                ? new RequestedRange.WholeFile()
                : RequestedRange.of(range, media.size());
        switch (requested) {
            case RequestedRange.Unsatisfiable unsatisfiable -> {
                response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + media.size());
            }
            case RequestedRange.WholeFile whole -> {
                response.setStatus(HttpServletResponse.SC_OK);
                send(request, response, media, 0, media.size(), download);
            }
            case RequestedRange.Slice slice -> {
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader(HttpHeaders.CONTENT_RANGE,
                        "bytes " + slice.offset() + "-" + slice.last() + "/" + media.size());
                send(request, response, media, slice.offset(), slice.length(), download);
            }
        }
    }

    /**
     * The media key an address names, when it is one of a project the signed-in person may view. Only the raw,
     * undecoded path is read: a key never needs escaping, so anything escaped is not a key.
     */
    private Optional<MediaKey> projectKey(String path) {
        if (!path.startsWith(PREFIX) || !KEY_CHARACTERS.matcher(path.substring(PREFIX.length())).matches()) {
            return Optional.empty();
        }
        MediaKey key;
        try {
            key = new MediaKey(path.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        var owner = key.owner().split("/");
        if (owner.length != 2 || !owner[0].equals("projects") || key.owner().equals(key.path())) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(owner[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // One spelling per project: "0-0-0-0-0" parses too, but is not how any key is written.
        if (!id.toString().equals(owner[1]) || !access.can(new ProjectId(id), Permission.VIEW)) {
            return Optional.empty();
        }
        return Optional.of(key);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, StoredMedia media, long offset,
            long length, @Nullable String download) throws IOException {
        response.setContentType(media.contentType());
        response.setContentLengthLong(length);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(media, download).toString());
        if ("HEAD".equals(request.getMethod()) || length == 0) {
            return;
        }
        try (var in = store.open(media.key(), offset, length)) {
            in.transferTo(response.getOutputStream());
        } catch (NoSuchFileException e) {
            // Deleted between the look-up and the read; the headers are not sent yet unless bytes were.
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (IOException e) {
            // Mostly a player that seeks elsewhere and drops the connection mid-range: nothing to do about it.
            LOG.debug("Sending {} stopped: {}", media.key(), e.toString());
        }
    }

    private static ContentDisposition disposition(StoredMedia media, @Nullable String download) {
        var playable = Arrays.asList("image/", "video/", "audio/").stream()
                .anyMatch(kind -> media.contentType().startsWith(kind));
        var name = media.key().fileName();
        if (download != null && !download.isBlank()) {
            var asked = DOWNLOAD_NAME_REFUSED.matcher(download.strip()).replaceAll("_");
            name = asked.length() > MAX_DOWNLOAD_NAME ? asked.substring(0, MAX_DOWNLOAD_NAME) : asked;
        }
        var builder = download == null && playable ? ContentDisposition.inline() : ContentDisposition.attachment();
        return builder.filename(name, StandardCharsets.UTF_8).build();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
