package org.filmfactory.breakdown;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shot list as CSV (RFC 4180: comma-separated, quoted where needed, CRLF lines), with a UTF-8 byte order mark
 * so spreadsheet programs read Chinese text right. One row per shot, in scene and shot order.
 */
final class ShotListCsv {

    static final String HEADER = "scene,scene_heading,shot,shot_id,type,camera_move,subjects,description,"
            + "script_lines,duration_seconds,edited_by_director";

    private ShotListCsv() {
    }

    static byte[] of(List<BreakdownScene> scenes, List<Shot> shots) {
        Map<SceneId, BreakdownScene> byId = scenes.stream().collect(Collectors.toMap(BreakdownScene::id, Function.identity()));
        var out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (var shot : shots) {
            var scene = byId.get(shot.sceneId());
            out.append(scene == null ? "" : scene.number()).append(',')
                    .append(field(scene == null ? "" : scene.heading())).append(',')
                    .append(shot.number()).append(',')
                    .append(shot.id().value()).append(',')
                    .append(shot.type().name()).append(',')
                    .append(shot.cameraMove().name()).append(',')
                    .append(field(String.join(" / ", shot.subjects()))).append(',')
                    .append(field(shot.description())).append(',')
                    .append(shot.firstLine()).append('-').append(shot.lastLine()).append(',')
                    .append(String.format(Locale.ROOT, "%.1f", shot.duration().toMillis() / 1000.0)).append(',')
                    .append(shot.edited())
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quotes a field when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
    static String field(String value) {
        var safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
