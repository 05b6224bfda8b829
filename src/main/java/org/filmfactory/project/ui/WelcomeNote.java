package org.filmfactory.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.filmfactory.project.ProjectRole;

/** The greeting a newcomer finds in the room after accepting an invitation: where they are and what they may do. */
class WelcomeNote extends Div {

    WelcomeNote(String projectName, ProjectRole role) {
        setId("welcome");
        addClassName("welcome-note");
        getStyle().set("background", "var(--lumo-primary-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        var dismiss = new Button(getTranslation("welcome.dismiss"), e -> removeFromParent());
        dismiss.setId("welcome-dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(new H3(getTranslation("welcome.title", projectName)),
                new Paragraph(getTranslation("welcome.role", getTranslation(role.key()))), new RoleAbilities(role),
                dismiss);
    }
}
