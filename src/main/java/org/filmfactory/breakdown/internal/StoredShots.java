package org.filmfactory.breakdown.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Shots of breakdowns. */
public interface StoredShots extends JpaRepository<StoredShot, UUID> {

    @Query("select s from StoredShot s where s.projectId = :projectId order by s.ordinal")
    List<StoredShot> findByProject(UUID projectId);

    @Query("select s from StoredShot s where s.sceneId = :sceneId order by s.ordinal")
    List<StoredShot> findByScene(UUID sceneId);

    /** The shots on the list (not dropped) of each of the given scenes that has any: rows of scene id and count. */
    @Query("select s.sceneId, count(s) from StoredShot s where s.sceneId in :sceneIds and s.dropped = false"
            + " group by s.sceneId")
    List<Object[]> countShown(Collection<UUID> sceneIds);

    @Query("select count(s) from StoredShot s where s.projectId = :projectId and s.dropped = false")
    long countShown(UUID projectId);
}
