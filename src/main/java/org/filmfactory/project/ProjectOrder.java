package org.filmfactory.project;

/** How the project list is ordered. */
public enum ProjectOrder {
    /** The project changed most recently first. */
    LAST_CHANGE,
    /** By name, regardless of case. */
    NAME
}
