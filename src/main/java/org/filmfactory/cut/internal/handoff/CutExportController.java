package org.filmfactory.cut.internal.handoff;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.filmfactory.cut.CutExports;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of the cut for finishing tools: {@code /projects/<id>/cut/export.otio}, {@code .edl} and {@code .srt},
 * each an attachment named after the project ({@code Rain City cut.otio}). Who gets what: a signed-out browser is
 * sent to sign in (Spring Security, before this class); a malformed id, a project the person is not on (whether it
 * exists or not) get {@code 403} with nothing in it; an unknown format {@code 404}.
 */
@Controller
class CutExportController {

    private static final Pattern NAME_REFUSED = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final int MAX_NAME = 80;

    private final CutExports exports;
    private final ProjectAccess access;

    CutExportController(CutExports exports, ProjectAccess access) {
        this.exports = exports;
        this.access = access;
    }

    @GetMapping("/projects/{project}/cut/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String project, @PathVariable String format) {
        var type = switch (format) {
            case "otio" -> MediaType.APPLICATION_JSON;
            case "edl" -> new MediaType("text", "plain", StandardCharsets.US_ASCII);
            case "srt" -> new MediaType("application", "x-subrip", StandardCharsets.UTF_8);
            default -> null;
        };
        if (type == null) {
            return ResponseEntity.notFound().build();
        }
        try {
            var id = ProjectId.parse(project);
            byte[] body = switch (format) {
                case "otio" -> exports.otio(id);
                case "edl" -> exports.edl(id);
                default -> exports.srt(id);
            };
            var name = fileName(access.nameOf(id).orElse("film")) + " cut." + format.toLowerCase(Locale.ROOT);
            return ResponseEntity.ok().contentType(type)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                    .body(body);
        } catch (NotAllowed e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
    }

    /** The project's name as a file name: no separators or characters file systems refuse, not too long. */
    static String fileName(String project) {
        var name = NAME_REFUSED.matcher(project.strip()).replaceAll("_");
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME).strip() : name.isBlank() ? "film" : name;
    }
}
