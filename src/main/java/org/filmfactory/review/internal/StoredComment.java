package org.filmfactory.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.filmfactory.review.internal.CommentRecord.TargetKind;
import org.jspecify.annotations.Nullable;

/**
 * One comment. Its target never changes; its author may change the text (marked edited) or delete it (text gone,
 * place kept so replies stay in their thread). A thread's first comment also carries whether the thread is resolved.
 */
@Entity
@Table(name = "review_comment")
class StoredComment {

    @Id
    private UUID id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;
    @Column(nullable = false, updatable = false)
    private long ordinal;
    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Column(name = "parent_id", updatable = false)
    private @Nullable UUID parentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, updatable = false)
    private TargetKind kind;
    @Column(name = "shot_id", updatable = false)
    private @Nullable UUID shotId;
    @Column(name = "take_id", updatable = false)
    private @Nullable UUID takeId;
    @Column(updatable = false)
    private @Nullable Long frame;
    private @Nullable String drawing;
    @Column(name = "script_revision")
    private @Nullable Long scriptRevision;
    @Column(name = "script_from")
    private @Nullable Integer scriptFrom;
    @Column(name = "script_to")
    private @Nullable Integer scriptTo;
    @Column(name = "script_quote")
    private @Nullable String scriptQuote;
    @Column(name = "script_gone", nullable = false)
    private boolean scriptGone;
    @Column(name = "author_id", updatable = false)
    private @Nullable UUID authorId;
    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;
    @Column(name = "guest_link", updatable = false)
    private @Nullable UUID guestLink;
    @Column(nullable = false)
    private String body;
    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant posted;
    @Column(name = "edited_at")
    private @Nullable Instant edited;
    @Column(nullable = false)
    private boolean deleted;
    @Column(nullable = false)
    private boolean resolved;
    @Column(name = "resolved_by")
    private @Nullable UUID resolvedBy;
    @Column(name = "resolved_by_name")
    private @Nullable String resolvedByName;
    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    protected StoredComment() {
    }

    StoredComment(CommentRecord comment, long ordinal) {
        this.id = comment.id();
        this.projectId = comment.projectId();
        this.ordinal = ordinal;
        this.threadId = comment.threadId();
        this.parentId = comment.parentId();
        this.kind = comment.kind();
        this.shotId = comment.shotId();
        this.takeId = comment.takeId();
        this.frame = comment.frame();
        this.drawing = comment.drawing();
        this.scriptRevision = comment.scriptRevision();
        this.scriptFrom = comment.scriptFrom();
        this.scriptTo = comment.scriptTo();
        this.scriptQuote = comment.scriptQuote();
        this.scriptGone = comment.scriptGone();
        this.authorId = comment.authorId();
        this.authorName = comment.authorName();
        this.guestLink = comment.guestLink();
        this.body = comment.body();
        this.posted = comment.posted();
        this.edited = comment.edited();
        this.deleted = comment.deleted();
        this.resolved = comment.resolved();
        this.resolvedBy = comment.resolvedBy();
        this.resolvedByName = comment.resolvedByName();
        this.resolvedAt = comment.resolvedAt();
    }

    void edit(String text, Instant at) {
        if (deleted) {
            throw new IllegalStateException("comment " + id + " is deleted");
        }
        body = text;
        edited = at;
    }

    /** The text and drawing go; the comment keeps its place in the thread. */
    void delete() {
        body = "";
        drawing = null;
        deleted = true;
    }

    void resolve(UUID by, String byName, Instant at) {
        resolved = true;
        resolvedBy = by;
        resolvedByName = byName;
        resolvedAt = at;
    }

    void reopen() {
        resolved = false;
        resolvedBy = null;
        resolvedByName = null;
        resolvedAt = null;
    }

    CommentRecord toRecord() {
        return new CommentRecord(id, projectId, threadId, parentId, kind, shotId, takeId, frame, drawing,
                scriptRevision, scriptFrom, scriptTo, scriptQuote, scriptGone, authorId, authorName, guestLink, body,
                posted, edited, deleted, resolved, resolvedBy, resolvedByName, resolvedAt);
    }
}
