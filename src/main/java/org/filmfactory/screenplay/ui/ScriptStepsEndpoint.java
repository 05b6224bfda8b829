package org.filmfactory.screenplay.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.filmfactory.screenplay.ScreenplaySettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typing from a script editor as a plain request: {@code POST /script-steps} with
 * {@code {"editor": id, "version": n, "steps": "[...]"}} as JSON, answered with the number {@link ScriptEditor#push}
 * answers. It saves a frame per key over a call through Vaadin (see {@link ScriptEditor}); the editor's server twin
 * still takes the steps, under its UI's lock, so both ways do exactly the same.
 *
 * <p>Who gets what: a request without the session's CSRF token, a signed-out one included, is refused by Spring
 * Security before this class; anything but JSON {@code 415}; a malformed or oversized body {@code 400}/{@code 413};
 * an editor that is not open on this node for the signed-in person {@code 404}, whether it exists elsewhere or not. A
 * browser told anything but an answer goes back to calling through Vaadin.
 */
@RestController
class ScriptStepsEndpoint {

    static final String PATH = "/script-steps";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ScriptEditorsHere editors;
    /** The largest body a push can need: its steps may insert {@code max-change-size}, six characters per escape. */
    private final int maxBody;

    ScriptStepsEndpoint(ScriptEditorsHere editors, ScreenplaySettings settings) {
        this.editors = editors;
        this.maxBody = (int) Math.min(Integer.MAX_VALUE - 1, settings.maxChangeSize().toBytes() * 6 + 64 * 1024);
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> push(HttpServletRequest request) throws IOException {
        var body = request.getInputStream().readNBytes(maxBody + 1);
        if (body.length > maxBody) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (RuntimeException malformed) {
            return ResponseEntity.badRequest().build();
        }
        var editor = parsed == null ? null : parsed.get("editor");
        var version = parsed == null ? null : parsed.get("version");
        var steps = parsed == null ? null : parsed.get("steps");
        if (editor == null || !editor.isString() || version == null || !version.isNumber() || version.asDouble() < 0
                || steps == null || !steps.isString()) {
            return ResponseEntity.badRequest().build();
        }
        var twin = editors.find(editor.asString());
        var person = editors.person();
        if (twin == null || person.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var answer = twin.pushFromRequest(person.get(), version.asDouble(), steps.asString());
        return answer.isPresent()
                ? ResponseEntity.ok(Long.toString((long) answer.getAsDouble()))
                : ResponseEntity.notFound().build();
    }
}
