package org.filmfactory.breakdown.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Breakdowns by project. */
public interface StoredBreakdowns extends JpaRepository<StoredBreakdown, UUID> {

    /**
     * Creates the project's row unless it exists, without failing when another transaction creates it at the same
     * moment (PostgreSQL and H2's PostgreSQL mode both know {@code ON CONFLICT DO NOTHING}).
     */
    @Modifying
    @Query(value = "insert into breakdown (project_id, script_revision) values (:projectId, 0) "
            + "on conflict do nothing", nativeQuery = true)
    void createIfAbsent(UUID projectId);

    /** Locks the project's row, so its derivations and edits run one after the other on every node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from StoredBreakdown b where b.projectId = :projectId")
    Optional<StoredBreakdown> findForUpdate(UUID projectId);
}
