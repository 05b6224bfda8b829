package org.filmfactory.project.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.filmfactory.account.UserId;
import org.filmfactory.project.CrewMember;
import org.filmfactory.project.ProjectRole;

/**
 * The crew list. Owners get a role picker and a remove button per member; the panel only announces what was asked
 * ({@link RoleChangeEvent}, {@link RemoveEvent}) and the view asks the service, which checks again.
 */
class CrewPanel extends Div {

    private final Div rows = new Div();

    CrewPanel() {
        setId("crew");
        rows.setId("crew-list");
        add(new H3(getTranslation("crew.title")), rows);
    }

    void show(List<CrewMember> crew, boolean canManage) {
        rows.removeAll();
        crew.forEach(member -> rows.add(row(member, canManage)));
    }

    private HorizontalLayout row(CrewMember member, boolean canManage) {
        var name = new Span(member.displayName());
        name.addClassName("member-name");
        var email = new Span(member.email());
        email.addClassName("studio-muted");
        var row = new HorizontalLayout(name, email);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setId("member-" + member.userId());
        row.getElement().setAttribute("data-email", member.email());
        row.addClassName("crew-member");
        var role = new Span(getTranslation(member.role().key()));
        role.addClassName("member-role");
        role.getElement().setAttribute("data-role", member.role().name());
        role.getElement().getThemeList().add("badge");
        row.add(role);
        if (canManage) {
            var picker = new Select<ProjectRole>();
            picker.setItems(ProjectRole.values());
            picker.setItemLabelGenerator(r -> getTranslation(r.key()));
            picker.setValue(member.role());
            picker.setId("role-select-" + member.userId());
            picker.setAriaLabel(getTranslation("crew.change-role"));
            picker.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    fireEvent(new RoleChangeEvent(this, member.userId(), e.getValue()));
                }
            });
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(),
                    e -> fireEvent(new RemoveEvent(this, member.userId(), member.displayName())));
            remove.setId("remove-" + member.userId());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("crew.remove"));
            remove.setTooltipText(getTranslation("crew.remove"));
            row.add(picker, remove);
        }
        return row;
    }

    Registration addRoleChangeListener(ComponentEventListener<RoleChangeEvent> listener) {
        return addListener(RoleChangeEvent.class, listener);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    static final class RoleChangeEvent extends ComponentEvent<CrewPanel> {
        final UserId member;
        final ProjectRole role;

        RoleChangeEvent(CrewPanel source, UserId member, ProjectRole role) {
            super(source, false);
            this.member = member;
            this.role = role;
        }
    }

    static final class RemoveEvent extends ComponentEvent<CrewPanel> {
        final UserId member;
        final String name;

        RemoveEvent(CrewPanel source, UserId member, String name) {
            super(source, false);
            this.member = member;
            this.name = name;
        }
    }
}
