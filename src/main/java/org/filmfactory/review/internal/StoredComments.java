package org.filmfactory.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.filmfactory.review.internal.CommentRecord.TargetKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Comments by take, shot, thread and kind; each listing is one query, in the order comments came. */
interface StoredComments extends JpaRepository<StoredComment, UUID> {

    @Query(value = "select nextval('review_comment_ordinal')", nativeQuery = true)
    long nextOrdinal();

    @Query("select c from StoredComment c where c.projectId = :projectId and c.takeId = :takeId order by c.ordinal")
    List<StoredComment> onTake(UUID projectId, UUID takeId);

    @Query("select c from StoredComment c where c.projectId = :projectId and c.shotId = :shotId order by c.ordinal")
    List<StoredComment> onShot(UUID projectId, UUID shotId);

    @Query("select c from StoredComment c where c.projectId = :projectId and c.kind = :kind order by c.ordinal")
    List<StoredComment> ofKind(UUID projectId, TargetKind kind);

    @Query("select c from StoredComment c where c.threadId = :threadId order by c.ordinal")
    List<StoredComment> thread(UUID threadId);

    /** Open threads (first comment not deleted, not resolved) per shot. */
    @Query("select c.shotId, count(c) from StoredComment c where c.projectId = :projectId and c.shotId in :shotIds "
            + "and c.id = c.threadId and c.resolved = false and c.deleted = false group by c.shotId")
    List<Object[]> openThreadsByShot(UUID projectId, Collection<UUID> shotIds);
}
