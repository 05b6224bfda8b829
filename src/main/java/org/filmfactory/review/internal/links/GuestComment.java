package org.filmfactory.review.internal.links;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** That a guest's comment came through a link, for the crew's count per link. */
@Entity
@Table(name = "review_link_comment")
public class GuestComment {

    /** The longest excerpt kept. */
    public static final int EXCERPT = 200;

    @Id
    @Column(name = "comment_id")
    private UUID commentId;
    @Column(name = "link_id", nullable = false)
    private UUID linkId;
    @Column(name = "shot_id", nullable = false)
    private UUID shotId;
    @Column(name = "guest_name", nullable = false)
    private String guestName;
    @Column(nullable = false)
    private String excerpt;
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected GuestComment() {
    }

    public GuestComment(UUID commentId, UUID linkId, UUID shotId, String guestName, String excerpt,
            Instant postedAt) {
        this.commentId = commentId;
        this.linkId = linkId;
        this.shotId = shotId;
        this.guestName = guestName;
        this.excerpt = excerpt.length() > EXCERPT ? excerpt.substring(0, EXCERPT - 1) + "…" : excerpt;
        this.postedAt = postedAt;
    }

    public UUID commentId() {
        return commentId;
    }

    public UUID linkId() {
        return linkId;
    }

    public UUID shotId() {
        return shotId;
    }

    public String guestName() {
        return guestName;
    }

    public String excerpt() {
        return excerpt;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
