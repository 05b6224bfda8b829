package org.filmfactory.review.internal.links;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GuestComments extends JpaRepository<GuestComment, UUID> {

    /** Pairs of link id and its number of guest comments, for the given links that have any. */
    @Query("select c.linkId, count(c) from GuestComment c where c.linkId in ?1 group by c.linkId")
    List<Object[]> countByLink(Collection<UUID> linkIds);

    List<GuestComment> findTop50ByLinkIdInOrderByPostedAtDesc(Collection<UUID> linkIds);
}
