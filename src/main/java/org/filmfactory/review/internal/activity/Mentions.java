package org.filmfactory.review.internal.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmfactory.account.UserId;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.CommentId;
import org.filmfactory.review.WaitingForMe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open threads in which someone mentioned a person: read from the comments' stored text. */
@Repository
public class Mentions {

    /** How many mentions the room lists at most. */
    static final int MAX = 50;
    private static final int EXCERPT = 140;
    private static final Pattern MENTION = Pattern.compile("@\\[([^\\]\\n]{1,200})\\]\\([0-9a-fA-F-]{36}\\)");

    private final JdbcClient jdbc;

    Mentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest comment mentioning {@code person} of each open thread of the project, newest first. */
    public List<WaitingForMe.Mention> openMentionsOf(ProjectId projectId, UserId person) {
        // Mentions are kept in the text as @[Name](user-uuid); the uuid's characters need no escaping in LIKE.
        var rows = jdbc.sql("select c.thread_id, c.shot_id, c.author_name, c.body, c.posted_at from review_comment c"
                        + " join review_comment t on t.id = c.thread_id"
                        + " where c.project_id = ? and c.deleted = false and t.resolved = false and c.body like ?"
                        + " order by c.posted_at desc, c.ordinal desc limit ?")
                .params(projectId.value(), "%](" + person.value() + ")%", MAX * 4)
                .query((rs, row) -> {
                    var shot = rs.getObject("shot_id", UUID.class);
                    return new WaitingForMe.Mention(new CommentId(rs.getObject("thread_id", UUID.class)),
                            shot == null ? null : new ShotId(shot), rs.getString("author_name"),
                            excerpt(rs.getString("body")), rs.getTimestamp("posted_at").toInstant());
                })
                .list();
        var seen = new HashSet<CommentId>();
        var mentions = new ArrayList<WaitingForMe.Mention>();
        for (var mention : rows) {
            if (seen.add(mention.thread()) && mentions.size() < MAX) {
                mentions.add(mention);
            }
        }
        return mentions;
    }

    static String excerpt(String body) {
        var text = MENTION.matcher(body).replaceAll(match -> Matcher.quoteReplacement("@" + match.group(1)))
                .strip().replaceAll("\\s+", " ");
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
