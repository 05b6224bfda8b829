package org.filmfactory.project.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Invitations, found by their token's hash or by project. */
public interface Invitations extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByProjectIdOrderByCreatedAtDesc(UUID projectId);
}
