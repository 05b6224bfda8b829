package org.filmfactory.review.internal.links;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewLinkRecords extends JpaRepository<ReviewLink, UUID> {

    Optional<ReviewLink> findByTokenHash(String tokenHash);

    List<ReviewLink> findByProjectIdOrderByCreatedAtDesc(UUID projectId);
}
