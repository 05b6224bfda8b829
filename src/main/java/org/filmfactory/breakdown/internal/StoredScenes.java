package org.filmfactory.breakdown.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Scenes of breakdowns. */
public interface StoredScenes extends JpaRepository<StoredScene, UUID> {

    @Query("select s from StoredScene s where s.projectId = :projectId order by s.ordinal")
    List<StoredScene> findByProject(UUID projectId);

    long countByProjectId(UUID projectId);
}
