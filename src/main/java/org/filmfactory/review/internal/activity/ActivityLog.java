package org.filmfactory.review.internal.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.account.UserId;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.ActivityEntry;
import org.filmfactory.review.ActivityFilter;
import org.filmfactory.review.ActivityKind;
import org.filmfactory.review.ActivityLink;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code review_activity} table: entries are appended, never edited, except that one person's run of the same
 * entry (typing in the script) is folded into one, which then moves to the top of the feed.
 */
@Repository
public class ActivityLog {

    /** Separates the arguments in their column; taken out of argument values. */
    private static final char SEPARATOR = '\u001f';
    private static final int MAX_ARGUMENT = 300;

    private final JdbcClient jdbc;

    ActivityLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to write; the id comes from the table. */
    record NewEntry(ProjectId projectId, Instant at, ActivityKind kind, @Nullable UserId actor, String actorName,
            String summaryKey, List<String> arguments, ActivityLink link) {
    }

    /** Appends an entry; returns its id, or -1 when its project is gone. */
    long append(NewEntry entry) {
        var keys = new GeneratedKeyHolder();
        // Through a select, so an event that arrives after its project was deleted writes nothing (and is done).
        int written = jdbc.sql("insert into review_activity (project_id, at, kind, actor_id, actor_name, summary_key,"
                        + " arguments, link_place, link_shot) select id, ?, ?, ?, ?, ?, ?, ?, ? from project"
                        + " where id = ?")
                .params(Timestamp.from(entry.at()), entry.kind().name(),
                        entry.actor() == null ? null : entry.actor().value(), clip(entry.actorName(), 200),
                        entry.summaryKey(), join(entry.arguments()), entry.link().place().name(),
                        entry.link().shotId() == null ? null : entry.link().shotId().value(),
                        entry.projectId().value())
                .update(keys, "id");
        return written == 0 ? -1 : Objects.requireNonNull(keys.getKey()).longValue();
    }

    /**
     * Folds {@code entry} into the same person's latest entry with the same summary and link when that one is at most
     * {@code within} old, replacing it (so it moves to the top, with the newer arguments); appends it otherwise.
     *
     * @return the new entry's id, or -1 when its project is gone
     */
    long appendOrFold(NewEntry entry, Duration within) {
        if (entry.actor() != null) {
            var latest = jdbc.sql("select id, at from review_activity where project_id = ? and actor_id = ?"
                            + " and summary_key = ? and link_place = ? order by id desc limit 1")
                    .params(entry.projectId().value(), entry.actor().value(), entry.summaryKey(),
                            entry.link().place().name())
                    .query((rs, row) -> new Object[] {rs.getLong(1), rs.getTimestamp(2).toInstant()})
                    .optional();
            if (latest.isPresent() && !((Instant) latest.get()[1]).isBefore(entry.at().minus(within))) {
                jdbc.sql("delete from review_activity where id = ?").param(latest.get()[0]).update();
            }
        }
        return append(entry);
    }

    /** Entries of the project that pass the filter, older than {@code before} when given, newest first. */
    public List<ActivityEntry> page(ProjectId projectId, ActivityFilter filter, @Nullable Long before, int limit) {
        var sql = new StringBuilder("select id, at, kind, actor_id, actor_name, summary_key, arguments, link_place,"
                + " link_shot from review_activity where project_id = :project");
        if (!filter.kinds().isEmpty()) {
            sql.append(" and kind in (:kinds)");
        }
        if (filter.person() != null) {
            sql.append(" and actor_id = :person");
        }
        if (before != null) {
            sql.append(" and id < :before");
        }
        sql.append(" order by id desc limit :limit");
        var statement = jdbc.sql(sql.toString()).param("project", projectId.value()).param("limit", limit);
        if (!filter.kinds().isEmpty()) {
            statement = statement.param("kinds", filter.kinds().stream().map(Enum::name).sorted().toList());
        }
        if (filter.person() != null) {
            statement = statement.param("person", filter.person().value());
        }
        if (before != null) {
            statement = statement.param("before", before);
        }
        return statement.query(ActivityLog::entry).list();
    }

    /** One entry of the project, if it has one with that id. */
    public Optional<ActivityEntry> find(ProjectId projectId, long id) {
        return jdbc.sql("select id, at, kind, actor_id, actor_name, summary_key, arguments, link_place, link_shot"
                        + " from review_activity where project_id = ? and id = ?")
                .params(projectId.value(), id).query(ActivityLog::entry).optional();
    }

    private static ActivityEntry entry(ResultSet rs, int row) throws SQLException {
        var actor = rs.getObject("actor_id", UUID.class);
        var shot = rs.getObject("link_shot", UUID.class);
        var link = new ActivityLink(ActivityLink.Place.valueOf(rs.getString("link_place")),
                shot == null ? null : new ShotId(shot));
        return new ActivityEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                ActivityKind.valueOf(rs.getString("kind")), actor == null ? null : new UserId(actor),
                rs.getString("actor_name"), rs.getString("summary_key"), split(rs.getString("arguments")), link);
    }

    /** Each argument after a separator, so no arguments and one empty argument differ. */
    private static String join(List<String> arguments) {
        var joined = new StringBuilder();
        for (var argument : arguments) {
            joined.append(SEPARATOR).append(clip(argument.replace(SEPARATOR, ' '), MAX_ARGUMENT));
        }
        return joined.toString();
    }

    private static List<String> split(String joined) {
        if (joined.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(joined.substring(1).split(String.valueOf(SEPARATOR), -1));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
