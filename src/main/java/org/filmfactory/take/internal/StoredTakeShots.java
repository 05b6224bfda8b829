package org.filmfactory.take.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The take module's rows per shot. */
interface StoredTakeShots extends JpaRepository<StoredTakeShot, UUID> {

    /**
     * Creates the shot's row unless it exists, without failing when another transaction creates it at the same
     * moment (PostgreSQL and H2's PostgreSQL mode both know {@code ON CONFLICT DO NOTHING}).
     */
    @Modifying
    @Query(value = "insert into take_shot (shot_id, project_id, requests) values (:shotId, :projectId, 0) "
            + "on conflict do nothing", nativeQuery = true)
    void createIfAbsent(UUID shotId, UUID projectId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StoredTakeShot s where s.shotId = :shotId")
    Optional<StoredTakeShot> findForUpdate(UUID shotId);

    @Query("select s from StoredTakeShot s where s.projectId = :projectId")
    List<StoredTakeShot> findByProject(UUID projectId);

    @Query("select s from StoredTakeShot s where s.shotId in :shotIds")
    List<StoredTakeShot> findByShots(Collection<UUID> shotIds);

    @Query("select s from StoredTakeShot s where s.jobId = :jobId")
    Optional<StoredTakeShot> findByJob(UUID jobId);
}
