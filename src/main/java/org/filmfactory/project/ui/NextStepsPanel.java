package org.filmfactory.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.NextStep;

/**
 * "Next steps" in a project's room: what the person might do now, for their role, with what is done ticked off and
 * what must wait greyed. A step done in the room itself (inviting) runs {@code here} instead of a link.
 */
class NextStepsPanel extends Div {

    private final UnorderedList list = new UnorderedList();
    private final Runnable here;

    /** @param here what a step whose screen is the room itself does: show the place in the room to do it */
    NextStepsPanel(Runnable here) {
        this.here = here;
        setId("next-steps");
        addClassName("next-steps");
        getStyle().set("margin-top", "var(--lumo-space-m)");
        list.addClassName("next-step-list");
        list.getStyle().set("list-style", "none").set("padding-left", "0").set("margin", "0");
        add(new H3(getTranslation("nextstep.title")), list);
    }

    /** @param roomPath the room's own route, to tell steps done here from steps on other screens */
    void show(List<NextStep.Suggestion> steps, String roomPath) {
        list.removeAll();
        steps.forEach(step -> list.add(item(step, roomPath)));
        // Once everything is done, the room is no longer new: the list steps aside.
        setVisible(steps.stream().anyMatch(step -> step.state() != NextStep.State.DONE));
    }

    private ListItem item(NextStep.Suggestion step, String roomPath) {
        var title = getTranslation("nextstep." + step.key());
        Component action;
        if (step.state() == NextStep.State.LATER) {
            action = new Span(title);
        } else if (step.path().equals(roomPath)) {
            var button = new Button(title, e -> here.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            action = button;
        } else {
            action = StudioLinks.to(step.path(), title);
        }
        var mark = (step.state() == NextStep.State.DONE ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        mark.addClassName("next-step-mark");
        mark.setSize("var(--lumo-icon-size-s)");
        mark.getStyle().set("flex", "none").set("align-self", "center");
        if (step.state() == NextStep.State.DONE) {
            mark.setColor("var(--lumo-success-color)");
        }
        mark.getElement().setAttribute("aria-label", getTranslation(
                "nextstep.state." + step.state().name().toLowerCase(Locale.ROOT)));
        var hint = new Span(getTranslation("nextstep." + step.key() + ".hint"));
        hint.addClassName("studio-muted");
        var item = new ListItem(mark, action, hint);
        item.addClassName("next-step");
        item.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("column-gap", "var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-xs)");
        item.getElement().setAttribute("data-step", step.key());
        item.getElement().setAttribute("data-state", step.state().name());
        if (step.state() != NextStep.State.TO_DO) {
            item.addClassName("studio-muted");
        }
        return item;
    }
}
