package org.filmfactory.factory.internal.idea;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.factory.Idea;
import org.filmfactory.factory.PromptTemplates;
import org.filmfactory.factory.WrittenScript;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ScriptVersionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tables of {@code V23__factory_idea_prompts.sql}. */
@Component
public class IdeaStore {

    private final JdbcClient jdbc;

    IdeaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's edited templates, if its writers changed them. */
    @Transactional(readOnly = true)
    public Optional<PromptTemplates> templates(ProjectId project) {
        return jdbc.sql("SELECT system_template, user_template FROM factory_idea_prompt WHERE project_id = :project")
                .param("project", project.value())
                .query((rs, row) -> new PromptTemplates(rs.getString(1), rs.getString(2), true)).optional();
    }

    @Transactional
    public void saveTemplates(ProjectId project, String system, String user, String by, Instant at) {
        var updated = jdbc.sql("UPDATE factory_idea_prompt SET system_template = :system, user_template = :user,"
                        + " changed_by = :by, changed_at = :at WHERE project_id = :project")
                .param("system", system).param("user", user).param("by", by).param("at", Timestamp.from(at))
                .param("project", project.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO factory_idea_prompt (project_id, system_template, user_template, changed_by,"
                            + " changed_at) VALUES (:project, :system, :user, :by, :at)")
                    .param("system", system).param("user", user).param("by", by).param("at", Timestamp.from(at))
                    .param("project", project.value()).update();
        }
    }

    @Transactional
    public void resetTemplates(ProjectId project) {
        jdbc.sql("DELETE FROM factory_idea_prompt WHERE project_id = :project").param("project", project.value())
                .update();
    }

    @Transactional
    public void keep(WrittenScript written, Idea idea) {
        jdbc.sql("INSERT INTO factory_idea_script (id, project_id, script_revision, version_id, logline, language,"
                        + " requested_seconds, estimated_millis, tone, platform, model, prompt_tokens,"
                        + " completion_tokens, cost, written_by, written_at) VALUES (:id, :project, :revision,"
                        + " :version, :logline, :language, :requested, :estimated, :tone, :platform, :model, :prompt,"
                        + " :completion, :cost, :by, :at)")
                .param("id", UUID.randomUUID()).param("project", written.project().value())
                .param("revision", written.revision()).param("version", written.version().value())
                .param("logline", idea.logline().strip()).param("language", idea.language().name())
                .param("requested", (int) idea.length().toSeconds())
                .param("estimated", written.estimatedLength().toMillis()).param("tone", idea.tone().strip())
                .param("platform", idea.platform().name()).param("model", cut(written.model(), 200))
                .param("prompt", written.promptTokens()).param("completion", written.completionTokens())
                .param("cost", written.cost()).param("by", cut(written.writtenBy(), 200))
                .param("at", Timestamp.from(written.writtenAt())).update();
    }

    /** What was written into the project, newest first. */
    @Transactional(readOnly = true)
    public List<WrittenScript> written(ProjectId project) {
        return jdbc.sql("SELECT script_revision, version_id, model, prompt_tokens, completion_tokens, cost,"
                        + " estimated_millis, requested_seconds, written_by, written_at FROM factory_idea_script"
                        + " WHERE project_id = :project ORDER BY written_at DESC, script_revision DESC")
                .param("project", project.value())
                .query((rs, row) -> new WrittenScript(project, rs.getLong(1),
                        new ScriptVersionId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getBigDecimal(6), Duration.ofMillis(rs.getLong(7)), Duration.ofSeconds(rs.getInt(8)),
                        rs.getString(9), rs.getTimestamp(10).toInstant()))
                .list();
    }

    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
