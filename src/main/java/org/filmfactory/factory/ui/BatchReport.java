package org.filmfactory.factory.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.filmfactory.factory.BatchFilm;
import org.filmfactory.factory.BatchSummary;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** A batch's report as a file: every film with what became of it, and the totals (made, failed, time, cost). */
final class BatchReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Translates a key with arguments in the reader's language. */
    interface Words {
        String translate(Locale locale, String key, Object... arguments);
    }

    private BatchReport() {
    }

    static String json(BatchSummary summary, List<BatchFilm> films) {
        var report = new LinkedHashMap<String, @Nullable Object>();
        report.put("id", summary.id().toString());
        report.put("name", summary.name());
        report.put("startedBy", summary.byName());
        report.put("started", summary.started().toString());
        report.put("finished", summary.finished() == null ? null : summary.finished().toString());
        report.put("wallSeconds", summary.wall().toMillis() / 1000.0);
        report.put("cost", summary.cost().toPlainString());
        report.put("films", summary.films());
        report.put("made", summary.made());
        report.put("failed", summary.failed());
        report.put("running", summary.running());
        report.put("queued", summary.queued());
        report.put("cancelled", summary.cancelled());
        var rows = new ArrayList<Map<String, @Nullable Object>>();
        for (var film : films) {
            var row = new LinkedHashMap<String, @Nullable Object>();
            row.put("position", film.position());
            row.put("source", film.source());
            row.put("preset", film.preset().id());
            row.put("state", film.state().name());
            row.put("project", film.project() == null ? null : film.project().toString());
            row.put("run", film.run() == null ? null : film.run().toString());
            row.put("film", film.film() == null ? null : film.film().toString());
            row.put("stage", film.stage() == null ? null : film.stage().name());
            row.put("shot", film.shotLabel());
            row.put("failureKey", film.failureKey());
            row.put("failureArgs", film.failureArgs());
            row.put("seconds", film.took() == null ? null : film.took().toMillis() / 1000.0);
            rows.add(row);
        }
        report.put("filmsList", rows);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    static String text(BatchSummary summary, List<BatchFilm> films, Locale locale, Words words) {
        var text = new StringBuilder();
        text.append(words.translate(locale, "factory.line.report.title", summary.name(), summary.byName(),
                summary.started().toString())).append('\n');
        for (var film : films) {
            var state = words.translate(locale, "factory.line.state." + film.state().name().toLowerCase(Locale.ROOT));
            text.append(film.position()).append(". ").append(film.source()).append(" [").append(film.preset().id())
                    .append("] ").append(state);
            if (film.stage() != null && film.failureKey() != null) {
                text.append(" · ").append(words.translate(locale, film.stage().messageKey()));
            }
            if (film.shotLabel() != null && film.failureKey() != null) {
                text.append(" · ").append(film.shotLabel());
            }
            if (film.failureKey() != null) {
                text.append(": ").append(words.translate(locale, film.failureKey(), film.failureArgs().toArray()));
            }
            if (film.took() != null) {
                text.append(" (").append(BatchView.clock(film.took())).append(')');
            }
            text.append('\n');
        }
        text.append(words.translate(locale, "factory.line.report.summary", summary.made(), summary.failed(),
                summary.running(), summary.queued(), summary.cancelled(), summary.films(),
                BatchView.clock(summary.wall()), summary.cost().toPlainString())).append('\n');
        return text.toString();
    }
}
