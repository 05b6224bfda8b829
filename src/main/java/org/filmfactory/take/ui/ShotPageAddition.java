package org.filmfactory.take.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel another module adds to the shot page (review: comments and approval), below the player. A bean of this
 * type; one new component per page, created when the page shows a shot.
 */
public interface ShotPageAddition {

    /** Position among additions, smallest first. */
    default int order() {
        return 0;
    }

    Component create(ShotPageContext context);
}
