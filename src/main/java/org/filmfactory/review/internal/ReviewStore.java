package org.filmfactory.review.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.filmfactory.review.internal.CommentRecord.TargetKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and approvals in the database. Changes to one shot's approval run one after the other (its row is locked),
 * so a selection arriving while a director decides cannot be lost.
 */
@Component
@Transactional
public class ReviewStore {

    private final StoredComments comments;
    private final Approvals approvals;

    ReviewStore(StoredComments comments, Approvals approvals) {
        this.comments = comments;
        this.approvals = approvals;
    }

    // ------------------------------------------------------------------------------------------------- comments

    /** Stores a new comment after every comment stored before it. */
    public CommentRecord add(CommentRecord comment) {
        return comments.save(new StoredComment(comment, comments.nextOrdinal())).toRecord();
    }

    /** The comment when it is the project's. */
    @Transactional(readOnly = true)
    public Optional<CommentRecord> comment(UUID projectId, UUID commentId) {
        return comments.findById(commentId).filter(c -> c.toRecord().projectId().equals(projectId))
                .map(StoredComment::toRecord);
    }

    /** Every comment on the take (first comments and replies), in the order they came. */
    @Transactional(readOnly = true)
    public List<CommentRecord> onTake(UUID projectId, UUID takeId) {
        return comments.onTake(projectId, takeId).stream().map(StoredComment::toRecord).toList();
    }

    /** Every comment on the shot and its takes, in the order they came. */
    @Transactional(readOnly = true)
    public List<CommentRecord> onShot(UUID projectId, UUID shotId) {
        return comments.onShot(projectId, shotId).stream().map(StoredComment::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public List<CommentRecord> ofKind(UUID projectId, TargetKind kind) {
        return comments.ofKind(projectId, kind).stream().map(StoredComment::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public List<CommentRecord> thread(UUID threadId) {
        return comments.thread(threadId).stream().map(StoredComment::toRecord).toList();
    }

    public CommentRecord edit(UUID commentId, String text, Instant at) {
        return change(commentId, comment -> comment.edit(text, at));
    }

    public CommentRecord delete(UUID commentId) {
        return change(commentId, StoredComment::delete);
    }

    public CommentRecord resolve(UUID threadId, UUID by, String byName, Instant at) {
        return change(threadId, comment -> comment.resolve(by, byName, at));
    }

    public CommentRecord reopen(UUID threadId) {
        return change(threadId, StoredComment::reopen);
    }

    /** Open threads per shot of the project; shots without any are left out. One query. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> openThreads(UUID projectId, Collection<UUID> shotIds) {
        var open = new HashMap<UUID, Integer>();
        if (!shotIds.isEmpty()) {
            for (var row : comments.openThreadsByShot(projectId, shotIds)) {
                open.put((UUID) row[0], ((Number) row[1]).intValue());
            }
        }
        return open;
    }

    private CommentRecord change(UUID commentId, Consumer<StoredComment> change) {
        var comment = comments.findById(commentId).orElseThrow();
        change.accept(comment);
        return comment.toRecord();
    }

    // ------------------------------------------------------------------------------------------------ approvals

    /** Stored approvals of the project's shots; shots without a row are left out. One query. */
    @Transactional(readOnly = true)
    public Map<UUID, ApprovalRecord> approvals(UUID projectId, Collection<UUID> shotIds) {
        var found = new HashMap<UUID, ApprovalRecord>();
        if (!shotIds.isEmpty()) {
            approvals.ofShots(projectId, shotIds).forEach(a -> found.put(a.toRecord().shotId(), a.toRecord()));
        }
        return found;
    }

    /**
     * The shot's selected take is {@code selected} now ({@link Approval#follow}).
     *
     * @return the approval when it changed, else empty
     */
    public Optional<ApprovalRecord> follow(UUID projectId, UUID shotId, @Nullable UUID selected) {
        var approval = lock(projectId, shotId);
        return approval.follow(selected) ? Optional.of(approval.toRecord()) : Optional.empty();
    }

    public ApprovalRecord approve(UUID projectId, UUID shotId, @Nullable UUID selected, UUID by, String byName,
            Instant at, @Nullable String note) {
        var approval = lock(projectId, shotId);
        approval.approve(selected, by, byName, at, note);
        return approval.toRecord();
    }

    public ApprovalRecord requestChanges(UUID projectId, UUID shotId, @Nullable UUID selected, UUID by,
            String byName, Instant at, String note) {
        var approval = lock(projectId, shotId);
        approval.requestChanges(selected, by, byName, at, note);
        return approval.toRecord();
    }

    private Approval lock(UUID projectId, UUID shotId) {
        approvals.createIfAbsent(shotId, projectId);
        var approval = approvals.findForUpdate(shotId).orElseThrow();
        if (!approval.projectId().equals(projectId)) {
            throw new IllegalStateException("shot " + shotId + " is not of project " + projectId);
        }
        return approval;
    }
}
