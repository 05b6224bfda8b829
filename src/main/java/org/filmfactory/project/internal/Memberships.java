package org.filmfactory.project.internal;

import java.util.List;
import org.filmfactory.project.ProjectRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Crew lists, by project and by person. */
public interface Memberships extends JpaRepository<Membership, Membership.Key> {

    @Query("select m from Membership m where m.key.projectId = :projectId order by m.joinedAt")
    List<Membership> findByProject(java.util.UUID projectId);

    @Query("select m from Membership m where m.key.userId = :userId")
    List<Membership> findByUser(java.util.UUID userId);

    @Query("select count(m) from Membership m where m.key.projectId = :projectId and m.role = :role")
    long countByProjectAndRole(java.util.UUID projectId, ProjectRole role);

    @Query("select count(m) from Membership m where m.key.projectId = :projectId")
    long countByProject(java.util.UUID projectId);
}
