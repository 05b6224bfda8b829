package org.filmfactory.project;

import java.util.Locale;

/** Everything a member may or may not do in a project. Which role may do what lives only in {@link ProjectRole}. */
public enum Permission {
    VIEW,
    EDIT_SCRIPT,
    EDIT_SHOTS,
    GENERATE,
    COMMENT,
    APPROVE,
    EDIT_CUT,
    RENDER,
    INVITE,
    MANAGE_MEMBERS,
    EDIT_PROJECT,
    DELETE_PROJECT;

    /** The key part used in translation bundles, e.g. {@code edit-script}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
