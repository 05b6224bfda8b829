package org.filmfactory.take.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Takes by shot and job. */
interface StoredTakes extends JpaRepository<StoredTake, UUID> {

    @Query("select t from StoredTake t where t.shotId = :shotId order by t.number desc")
    List<StoredTake> newestFirst(UUID shotId);

    Optional<StoredTake> findByJobId(UUID jobId);

    @Query("select coalesce(max(t.number), 0) from StoredTake t where t.shotId = :shotId")
    int lastNumber(UUID shotId);

    @Query("select t.shotId, count(t) from StoredTake t where t.shotId in :shotIds group by t.shotId")
    List<Object[]> countByShot(Collection<UUID> shotIds);
}
