package org.filmfactory.review.internal.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.filmfactory.account.UserId;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.CommentId;
import org.filmfactory.review.Notification;
import org.filmfactory.review.NotificationId;
import org.filmfactory.review.NotificationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code notification} and {@code notification_setting} tables (V15). Every read and write of a notification
 * names its recipient, so nobody reaches another person's rows.
 */
@Component
public class NotificationStore {

    /** The longest excerpt kept (characters). */
    static final int MAX_EXCERPT = 200;
    private static final String COLUMNS =
            "id, kind, project_id, shot_id, comment_id, actor_name, project_name, excerpt, created_at, read_at";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new notification for a person; {@code mailed} puts it in their next e-mail batch. */
    void add(UserId recipient, NotificationKind kind, ProjectId projectId, @Nullable ShotId shotId,
            @Nullable CommentId commentId, String actorName, String projectName, String excerpt, Instant at,
            boolean mailed) {
        jdbc.sql("insert into notification (id, recipient, project_id, kind, shot_id, comment_id, actor_name,"
                        + " project_name, excerpt, created_at, read_at, mail_state)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)")
                .params(UUID.randomUUID(), recipient.value(), projectId.value(), kind.name(),
                        shotId == null ? null : shotId.value(), commentId == null ? null : commentId.value(),
                        clip(actorName, 200), clip(projectName, 200), clip(excerpt, MAX_EXCERPT), time(at),
                        mailed ? MailState.PENDING.name() : MailState.NONE.name())
                .update();
    }

    /** The person's notifications, newest first. */
    public List<Notification> page(UserId recipient, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where recipient = ?"
                        + " order by created_at desc, id desc offset ? rows fetch next ? rows only")
                .params(recipient.value(), offset, limit)
                .query((row, n) -> notification(row)).list();
    }

    public int unread(UserId recipient) {
        return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null")
                .param(recipient.value()).query(Integer.class).single();
    }

    /** The person's own notification, marked read; empty when it is not theirs (or does not exist). */
    public @Nullable Notification open(UserId recipient, NotificationId id, Instant at) {
        jdbc.sql("update notification set read_at = ? where id = ? and recipient = ? and read_at is null")
                .params(time(at), id.value(), recipient.value()).update();
        return jdbc.sql("select " + COLUMNS + " from notification where id = ? and recipient = ?")
                .params(id.value(), recipient.value())
                .query((row, n) -> notification(row)).optional().orElse(null);
    }

    /** Marks all the person's notifications read; how many were unread. */
    public int readAll(UserId recipient, Instant at) {
        return jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
                .params(time(at), recipient.value()).update();
    }

    // ------------------------------------------------------------------------------------------------ mail

    public boolean mailOff(UserId user) {
        return jdbc.sql("select mail_off from notification_setting where user_id = ?").param(user.value())
                .query(Boolean.class).optional().orElse(false);
    }

    /** Turns the person's notification e-mails on or off; off also drops what waited for their next batch. */
    public void mailOff(UserId user, boolean off) {
        ensureSetting(user);
        jdbc.sql("update notification_setting set mail_off = ? where user_id = ?").params(off, user.value()).update();
        if (off) {
            jdbc.sql("update notification set mail_state = 'NONE' where recipient = ? and mail_state = 'PENDING'")
                    .param(user.value()).update();
        }
    }

    private void ensureSetting(UserId user) {
        jdbc.sql("insert into notification_setting (user_id, mail_off, mail_retry_at) values (?, false, null)"
                        + " on conflict do nothing")
                .param(user.value()).update();
    }

    /** People whose oldest waiting mail item is from {@code closedBefore} or earlier: their batch is complete. */
    List<UserId> batchesDue(Instant closedBefore) {
        return jdbc.sql("select recipient from notification where mail_state = 'PENDING' group by recipient"
                        + " having min(created_at) <= ?")
                .param(time(closedBefore))
                .query((row, n) -> new UserId(row.getObject(1, UUID.class))).list();
    }

    /**
     * Locks the person's setting row for this transaction (another node that wants to send their batch waits and
     * then finds nothing left) and says whether a batch may go out now.
     */
    MailGate lockForMail(UserId user, Instant now) {
        ensureSetting(user);
        return jdbc.sql("select mail_off, mail_retry_at from notification_setting where user_id = ? for update")
                .param(user.value())
                .query((row, n) -> {
                    var retry = row.getObject("mail_retry_at", OffsetDateTime.class);
                    if (row.getBoolean("mail_off")) {
                        return MailGate.OFF;
                    }
                    return retry != null && retry.toInstant().isAfter(now) ? MailGate.LATER : MailGate.OPEN;
                }).single();
    }

    /** The items waiting for the person's next e-mail, oldest first. */
    List<Notification> pending(UserId user) {
        // In the order the comments were posted: the listeners that write notifications run in parallel, so the
        // notifications' own times may be in another order than the comments that caused them.
        return jdbc.sql("select " + COLUMNS + " from notification n where recipient = ? and mail_state = 'PENDING'"
                        + " order by coalesce((select c.posted_at from review_comment c where c.id = n.comment_id),"
                        + " n.created_at), n.created_at, n.id")
                .param(user.value())
                .query((row, n) -> notification(row)).list();
    }

    void mailed(UserId user, Collection<NotificationId> ids) {
        for (var id : ids) {
            jdbc.sql("update notification set mail_state = 'SENT' where id = ? and recipient = ?")
                    .params(id.value(), user.value()).update();
        }
        jdbc.sql("update notification_setting set mail_retry_at = null where user_id = ?").param(user.value())
                .update();
    }

    void dropPending(UserId user) {
        jdbc.sql("update notification set mail_state = 'NONE' where recipient = ? and mail_state = 'PENDING'")
                .param(user.value()).update();
    }

    void retryAt(UserId user, Instant at) {
        jdbc.sql("update notification_setting set mail_retry_at = ? where user_id = ?").params(time(at), user.value())
                .update();
    }

    private static Notification notification(ResultSet row) throws SQLException {
        var shot = row.getObject("shot_id", UUID.class);
        var comment = row.getObject("comment_id", UUID.class);
        return new Notification(new NotificationId(row.getObject("id", UUID.class)),
                NotificationKind.valueOf(row.getString("kind")), new ProjectId(row.getObject("project_id", UUID.class)),
                shot == null ? null : new ShotId(shot), comment == null ? null : new CommentId(comment),
                row.getString("actor_name"), row.getString("project_name"), row.getString("excerpt"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getObject("read_at") != null);
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        var end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }

    enum MailState { NONE, PENDING, SENT }

    enum MailGate { OPEN, LATER, OFF }
}
