package org.filmfactory.screenplay.internal;

import org.filmfactory.project.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds a script's live state from the database: the last snapshot, then every stored step after it. This is
 * what a cluster that restarted (or a script nobody opened for a while) starts from.
 */
@Component
public class ScriptLoader {

    private final StoredScripts scripts;
    private final JdbcClient jdbc;

    ScriptLoader(StoredScripts scripts, JdbcClient jdbc) {
        this.scripts = scripts;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ScriptState load(ProjectId projectId) {
        var snapshot = scripts.findById(projectId.value());
        // The browser's editor knows only \n (as CodeMirror does): older saves and imports may hold \r\n.
        var text = lineFeeds(snapshot.map(StoredScript::text).orElse(""));
        long revision = snapshot.map(StoredScript::revision).orElse(0L);
        long snapshotRevision = revision;
        var later = jdbc.sql("select revision, changes from screenplay_step where project_id = ? and revision > ?"
                        + " order by revision")
                .params(projectId.value(), revision)
                .query((row, n) -> new Object[] {row.getLong(1), row.getString(2)}).list();
        for (var step : later) {
            long stepRevision = (Long) step[0];
            if (stepRevision != revision + 1) {
                throw new IllegalStateException("script " + projectId + " has no step " + (revision + 1));
            }
            text = TextChange.fromJson((String) step[1], text.length()).apply(text);
            revision = stepRevision;
        }
        return ScriptState.loaded(text, revision, snapshotRevision);
    }

    /** The text with every line break as {@code \n}, as the co-editor counts positions. */
    public static String lineFeeds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
