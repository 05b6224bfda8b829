package org.filmfactory.breakdown.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotType;

/**
 * One shot of the list: its values for everyone, and for directors the controls to change it. The row changes
 * nothing itself; it fires {@link EditEvent}s, and the view decides what they do.
 */
class ShotRow extends Div {

    private final Shot shot;
    private final int sceneNumber;
    private final boolean editable;

    ShotRow(Shot shot, int sceneNumber, boolean editable) {
        this.shot = shot;
        this.sceneNumber = sceneNumber;
        this.editable = editable;
        setId("shot-" + shot.id());
        addClassName("shot-row");
        getElement().setAttribute("data-type", shot.type().name());
        getElement().setAttribute("data-move", shot.cameraMove().name());
        getElement().setAttribute("data-duration-ms", String.valueOf(shot.duration().toMillis()));
        getElement().setAttribute("data-lines", shot.firstLine() + "-" + shot.lastLine());
        getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");

        var number = span("shot-number", sceneNumber + "." + shot.number());
        number.getStyle().set("font-weight", "600").set("margin-inline-end", "var(--lumo-space-s)");
        var type = span("shot-type", getTranslation(shot.type().key()));
        var subjects = span("shot-subject", String.join(", ", shot.subjects()));
        var duration = span("shot-duration", seconds(shot.duration()));
        var move = span("shot-move", getTranslation(shot.cameraMove().key()));
        var description = span("shot-description", shot.description());
        var summary = new Div(number, type);
        if (!shot.subjects().isEmpty()) {
            summary.add(dot());
        }
        summary.add(subjects, dot(), duration, dot(), move);
        summary.addClassName("shot-summary");
        if (shot.edited()) {
            var edited = span("shot-edited", getTranslation("breakdown.edited"));
            edited.getElement().getThemeList().add("badge contrast small");
            edited.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            summary.add(edited);
        }
        if (shot.detached()) {
            var detached = span("shot-detached", getTranslation("breakdown.detached"));
            detached.getElement().getThemeList().add("badge error small");
            detached.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            summary.add(detached);
        }
        var lines = span("shot-lines studio-muted",
                getTranslation("breakdown.lines", shot.firstLine(), shot.lastLine()));
        lines.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        summary.add(lines);
        add(summary, new Div(description));
        if (editable) {
            add(controls());
        }
    }

    private Div controls() {
        var id = shot.id().toString();
        var type = new Select<ShotType>();
        type.setItems(ShotType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.key()));
        type.setValue(shot.type());
        type.setId("shot-type-" + id);
        type.setAriaLabel(getTranslation("breakdown.field.type"));
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fire(new ShotEdit.Retype(e.getValue()));
            }
        });
        var duration = new NumberField();
        duration.setStep(0.1);
        duration.setMin(0.5);
        duration.setStepButtonsVisible(true);
        duration.setValue(shot.duration().toMillis() / 1000.0);
        duration.setSuffixComponent(new Span(getTranslation("breakdown.seconds-unit")));
        duration.setWidth("9em");
        duration.setId("shot-duration-" + id);
        duration.setAriaLabel(getTranslation("breakdown.field.duration"));
        duration.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fire(new ShotEdit.Retime(Duration.ofMillis(Math.round(e.getValue() * 1000))));
            }
        });
        var move = new Select<CameraMove>();
        move.setItems(CameraMove.values());
        move.setItemLabelGenerator(value -> getTranslation(value.key()));
        move.setValue(shot.cameraMove());
        move.setId("shot-move-" + id);
        move.setAriaLabel(getTranslation("breakdown.field.move"));
        move.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fire(new ShotEdit.ChangeMove(e.getValue()));
            }
        });
        var description = new TextField();
        description.setValue(shot.description());
        description.setPlaceholder(getTranslation("breakdown.field.description"));
        description.setAriaLabel(getTranslation("breakdown.field.description"));
        description.setMaxLength(1000);
        description.setWidth("22em");
        description.setId("shot-description-" + id);
        description.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fire(new ShotEdit.Describe(e.getValue()));
            }
        });
        var controls = new Div(type, duration, move, description,
                button("shot-up-" + id, VaadinIcon.ARROW_UP, "breakdown.action.up", new ShotEdit.Reorder(-1)),
                button("shot-down-" + id, VaadinIcon.ARROW_DOWN, "breakdown.action.down", new ShotEdit.Reorder(1)),
                button("shot-split-" + id, VaadinIcon.SPLIT, "breakdown.action.split", new ShotEdit.Split()),
                button("shot-merge-" + id, VaadinIcon.COMPRESS, "breakdown.action.merge", new ShotEdit.MergeWithNext()),
                button("shot-add-" + id, VaadinIcon.PLUS, "breakdown.action.add", new ShotEdit.AddAfter()),
                button("shot-delete-" + id, VaadinIcon.TRASH, "breakdown.action.delete", new ShotEdit.Delete()));
        controls.addClassName("shot-controls");
        controls.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        return controls;
    }

    private Button button(String id, VaadinIcon icon, String labelKey, ShotEdit edit) {
        var button = new Button(icon.create(), e -> fire(edit));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        if (edit instanceof ShotEdit.Delete) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private String seconds(Duration duration) {
        return BreakdownStatus.seconds(this, duration);
    }

    private static Span span(String classNames, String text) {
        var span = new Span(text);
        for (var name : List.of(classNames.split(" "))) {
            span.addClassName(name);
        }
        return span;
    }

    private static Span dot() {
        return new Span(" · ");
    }

    private void fire(ShotEdit edit) {
        fireEvent(new EditEvent(this, edit));
    }

    Shot shot() {
        return shot;
    }

    /** Whether this row shows exactly this, so it can stay on screen as it is. */
    boolean shows(Shot other, int otherSceneNumber, boolean otherEditable) {
        return shot.equals(other) && sceneNumber == otherSceneNumber && editable == otherEditable;
    }

    Registration addEditListener(ComponentEventListener<EditEvent> listener) {
        return addListener(EditEvent.class, listener);
    }

    /** A director asked to change this row's shot. */
    static final class EditEvent extends ComponentEvent<ShotRow> {

        private final ShotEdit edit;

        EditEvent(ShotRow source, ShotEdit edit) {
            super(source, true);
            this.edit = edit;
        }

        ShotEdit edit() {
            return edit;
        }
    }
}
