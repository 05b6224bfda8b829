package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.Component;
import org.filmfactory.project.ProjectId;

/**
 * A panel shown beside the script editor by a module that builds on the screenplay (the breakdown shows the scenes
 * and shots the text turns into). The screenplay cannot know those modules — they depend on it — so they declare a
 * bean of this type and the script screen asks each for a fresh panel.
 */
public interface ScriptCompanion {

    /**
     * A new panel for one script screen. It follows its own live updates while attached and must check the viewer's
     * rights through its module's facade like any other screen.
     */
    Component panelFor(ProjectId projectId);
}
