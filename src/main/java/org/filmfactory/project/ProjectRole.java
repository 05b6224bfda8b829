package org.filmfactory.project;

import static org.filmfactory.project.Permission.APPROVE;
import static org.filmfactory.project.Permission.COMMENT;
import static org.filmfactory.project.Permission.DELETE_PROJECT;
import static org.filmfactory.project.Permission.EDIT_CUT;
import static org.filmfactory.project.Permission.EDIT_PROJECT;
import static org.filmfactory.project.Permission.EDIT_SCRIPT;
import static org.filmfactory.project.Permission.EDIT_SHOTS;
import static org.filmfactory.project.Permission.GENERATE;
import static org.filmfactory.project.Permission.INVITE;
import static org.filmfactory.project.Permission.MANAGE_MEMBERS;
import static org.filmfactory.project.Permission.RENDER;
import static org.filmfactory.project.Permission.VIEW;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A member's role in one project, and the one table of what each role may do. Writers own the words, directors
 * the shots and approvals, editors the cut and renders; the owner may do everything, viewers only watch.
 * README's role matrix is this table.
 */
public enum ProjectRole {
    OWNER(EnumSet.allOf(Permission.class)),
    WRITER(EnumSet.of(VIEW, EDIT_SCRIPT, COMMENT)),
    DIRECTOR(EnumSet.of(VIEW, EDIT_SHOTS, GENERATE, COMMENT, APPROVE)),
    EDITOR(EnumSet.of(VIEW, COMMENT, EDIT_CUT, RENDER)),
    VIEWER(EnumSet.of(VIEW));

    private final Set<Permission> permissions;

    ProjectRole(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    /** The key part used in translation bundles, e.g. {@code role.director}. */
    public String key() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
