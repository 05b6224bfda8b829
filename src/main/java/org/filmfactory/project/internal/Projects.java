package org.filmfactory.project.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All projects. */
public interface Projects extends JpaRepository<Project, UUID> {

    /** Locks the project row so crew changes on it happen one after another (the last-owner rule needs it). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = :id")
    Optional<Project> findForCrewChange(UUID id);

    /**
     * Notes a change in the project at {@code at}, never moving the mark back. A plain update, not an entity change,
     * so it races no one's rename (the project's optimistic version stays as it was).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update Project p set p.lastChangedAt = :at where p.id = :id and p.lastChangedAt < :at")
    int markChanged(UUID id, Instant at);
}
