package org.filmfactory.project.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** All projects. */
public interface Projects extends JpaRepository<Project, UUID> {

    /** Locks the project row so crew changes on it happen one after another (the last-owner rule needs it). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = :id")
    Optional<Project> findForCrewChange(UUID id);
}
