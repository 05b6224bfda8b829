package org.filmfactory.review.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Approvals per shot. */
interface Approvals extends JpaRepository<Approval, UUID> {

    /** Creates the shot's draft row unless it exists, without failing when another transaction does the same. */
    @Modifying
    @Query(value = "insert into review_approval (shot_id, project_id, state) values (:shotId, :projectId, 'DRAFT') "
            + "on conflict do nothing", nativeQuery = true)
    void createIfAbsent(UUID shotId, UUID projectId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Approval a where a.shotId = :shotId")
    Optional<Approval> findForUpdate(UUID shotId);

    @Query("select a from Approval a where a.projectId = :projectId and a.shotId in :shotIds")
    List<Approval> ofShots(UUID projectId, Collection<UUID> shotIds);
}
