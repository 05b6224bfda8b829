package org.filmfactory.screenplay.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Screenplays by project. */
public interface StoredScripts extends JpaRepository<StoredScript, UUID> {

    /** Locks the script's row, so two saves of one script are checked and applied one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StoredScript s where s.projectId = :projectId")
    Optional<StoredScript> findForRevision(UUID projectId);
}
