package org.filmfactory.breakdown.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Shots of breakdowns. */
public interface StoredShots extends JpaRepository<StoredShot, UUID> {

    @Query("select s from StoredShot s where s.projectId = :projectId order by s.ordinal")
    List<StoredShot> findByProject(UUID projectId);
}
