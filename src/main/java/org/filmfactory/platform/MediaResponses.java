package org.filmfactory.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Answers an HTTP request with one file of the {@link MediaStore}, once the caller has decided that the requester
 * may have it: for the crew's {@code /media/**} and for a review link's guests alike.
 *
 * <p>Answers: {@code Accept-Ranges: bytes}; {@code Range} as {@link RequestedRange} reads it, {@code 206} with
 * {@code Content-Range}, {@code 416} with {@code Content-Range: bytes *}{@code /size}; the stored content type;
 * {@code Content-Disposition: inline} for pictures, video and audio, {@code attachment} for anything else and
 * whenever a download name is given (its value, when not blank, is the file name offered). The ETag is the content's
 * SHA-256, {@code If-None-Match} gives {@code 304} and {@code If-Range} with another tag sends the whole file.
 * {@code Cache-Control: private, no-cache}: a browser may keep the bytes but asks again each time, so someone who
 * lost access loses it at once. {@code 404} when nothing is stored under the key. Bytes are streamed from the store,
 * never held whole in memory.
 */
@Component
public class MediaResponses {

    private static final Logger LOG = LoggerFactory.getLogger(MediaResponses.class);
    private static final Pattern DOWNLOAD_NAME_REFUSED = Pattern.compile("[\\p{Cntrl}/\\\\\"]");
    private static final int MAX_DOWNLOAD_NAME = 200;

    private final MediaStore store;

    MediaResponses(MediaStore store) {
        this.store = store;
    }

    /**
     * Sends the file under {@code key} (or the part the {@code Range} header asks for).
     *
     * @param download null to show it inline when it is playable; otherwise sent as an attachment, named
     *     {@code download} when that is not blank
     */
    public void send(HttpServletRequest request, HttpServletResponse response, MediaKey key,
            @Nullable String download) throws IOException {
        var stored = store.stat(key);
        if (stored.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var media = stored.get();
        var etag = "\"" + media.sha256() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        var requested = ifRange != null && !ifRange.strip().equals(etag)
                ? new RequestedRange.WholeFile()
                : RequestedRange.of(request.getHeader(HttpHeaders.RANGE), media.size());
        switch (requested) {
            case RequestedRange.Unsatisfiable unsatisfiable -> {
                response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + media.size());
            }
            case RequestedRange.WholeFile whole -> {
                response.setStatus(HttpServletResponse.SC_OK);
                stream(request, response, media, 0, media.size(), download);
            }
            case RequestedRange.Slice slice -> {
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader(HttpHeaders.CONTENT_RANGE,
                        "bytes " + slice.offset() + "-" + slice.last() + "/" + media.size());
                stream(request, response, media, slice.offset(), slice.length(), download);
            }
        }
    }

    private void stream(HttpServletRequest request, HttpServletResponse response, StoredMedia media, long offset,
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
