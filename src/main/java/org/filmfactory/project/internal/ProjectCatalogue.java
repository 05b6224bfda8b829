package org.filmfactory.project.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.filmfactory.project.ProjectRole;
import org.springframework.stereotype.Repository;

/**
 * The projects one person is on, a page at a time, found by a part of their name: the project list reads only the
 * cards on screen, so a producer with hundreds of projects costs the same as one with three.
 */
@Repository
public class ProjectCatalogue {

    private static final String FROM = " from Membership m, Project p where p.id = m.key.projectId"
            + " and m.key.userId = :user and lower(p.name) like :pattern escape '\\'";

    /** One card's worth: the project, the person's role in it and the size of its crew. */
    public record Entry(Project project, ProjectRole role, long crewSize) {
    }

    private final EntityManager entityManager;

    ProjectCatalogue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param byName by name (case-insensitive), otherwise the last changed first */
    public List<Entry> page(UUID user, String search, boolean byName, int offset, int limit) {
        var order = byName ? " order by lower(p.name), p.id" : " order by p.lastChangedAt desc, lower(p.name), p.id";
        return entityManager.createQuery("select p, m.role, (select count(c) from Membership c"
                        + " where c.key.projectId = p.id)" + FROM + order, Object[].class)
                .setParameter("user", user).setParameter("pattern", pattern(search))
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> new Entry((Project) row[0], (ProjectRole) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    public long count(UUID user, String search) {
        return entityManager.createQuery("select count(p)" + FROM, Long.class).setParameter("user", user)
                .setParameter("pattern", pattern(search)).getSingleResult();
    }

    /** A LIKE pattern for names containing {@code search}, its own wildcards taken literally. */
    static String pattern(String search) {
        var escaped = search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
