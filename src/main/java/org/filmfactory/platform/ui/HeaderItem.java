package org.filmfactory.platform.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module puts in the header of every signed-in screen (the notification bell), so the layout
 * shows it without knowing the module. Beans of this type are asked once per screen for a fresh component, in
 * their {@code @Order}, and placed before the user menu.
 */
public interface HeaderItem {

    /** A new component for one screen's header (components belong to one UI and are never shared). */
    Component create();
}
