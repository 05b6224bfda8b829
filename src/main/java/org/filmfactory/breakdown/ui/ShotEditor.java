package org.filmfactory.breakdown.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Objects;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotType;
import org.jspecify.annotations.Nullable;

/**
 * The controls a director uses on the selected shot of the list: one pane, whatever the length of the list. It
 * changes nothing itself; it fires {@link EditEvent}s, and the view decides what they do. When the shot changes
 * under it (another director's edit), it takes the new values, except in the field the person is typing in.
 */
class ShotEditor extends Div {

    private final H4 title = new H4();
    private final Select<ShotType> type = new Select<>();
    private final NumberField duration = new NumberField();
    private final Select<CameraMove> move = new Select<>();
    private final TextField description = new TextField();
    private @Nullable Shot shot;
    /** The text field with the keyboard focus, whose value is the person's and not replaced by another's edit. */
    private @Nullable HasValue<?, ?> typingIn;

    ShotEditor() {
        setId("shot-editor");
        addClassName("shot-editor");
        title.setId("shot-editor-title");
        title.getStyle().set("margin", "0");
        type.setItems(ShotType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.key()));
        type.setId("shot-edit-type");
        type.setLabel(getTranslation("breakdown.field.type"));
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fire(new ShotEdit.Retype(e.getValue()));
            }
        });
        duration.setStep(0.1);
        duration.setMin(0.5);
        duration.setStepButtonsVisible(true);
        duration.setSuffixComponent(new Span(getTranslation("breakdown.seconds-unit")));
        duration.setId("shot-edit-duration");
        duration.setLabel(getTranslation("breakdown.field.duration"));
        duration.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fire(new ShotEdit.Retime(Duration.ofMillis(Math.round(e.getValue() * 1000))));
            }
        });
        move.setItems(CameraMove.values());
        move.setItemLabelGenerator(value -> getTranslation(value.key()));
        move.setId("shot-edit-move");
        move.setLabel(getTranslation("breakdown.field.move"));
        move.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fire(new ShotEdit.ChangeMove(e.getValue()));
            }
        });
        description.setLabel(getTranslation("breakdown.field.description"));
        description.setMaxLength(1000);
        description.setId("shot-edit-description");
        description.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fire(new ShotEdit.Describe(e.getValue()));
            }
        });
        duration.addFocusListener(e -> typingIn = duration);
        duration.addBlurListener(e -> typingIn = null);
        description.addFocusListener(e -> typingIn = description);
        description.addBlurListener(e -> typingIn = null);
        for (var field : new com.vaadin.flow.component.HasSize[] {type, duration, move, description}) {
            field.setWidthFull();
        }
        var buttons = new Div(
                button("shot-edit-up", VaadinIcon.ARROW_UP, "breakdown.action.up", new ShotEdit.Reorder(-1)),
                button("shot-edit-down", VaadinIcon.ARROW_DOWN, "breakdown.action.down", new ShotEdit.Reorder(1)),
                button("shot-edit-split", VaadinIcon.SPLIT, "breakdown.action.split", new ShotEdit.Split()),
                button("shot-edit-merge", VaadinIcon.COMPRESS, "breakdown.action.merge", new ShotEdit.MergeWithNext()),
                button("shot-edit-add", VaadinIcon.PLUS, "breakdown.action.add", new ShotEdit.AddAfter()),
                button("shot-edit-delete", VaadinIcon.TRASH, "breakdown.action.delete", new ShotEdit.Delete()));
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        add(title, type, duration, move, description, buttons);
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "0").set("box-sizing", "border-box");
        setVisible(false);
    }

    /**
     * Shows {@code shown} (null: nothing selected, the pane hides). For the shot already shown, a field the person
     * is typing in keeps their text; {@code reset} puts every field back to the stored values (after a refusal).
     */
    void show(@Nullable Shot shown, int sceneNumber, boolean reset) {
        var before = shot;
        shot = shown;
        setVisible(shown != null);
        if (shown == null) {
            typingIn = null;
            return;
        }
        boolean same = before != null && before.id().equals(shown.id());
        if (same && shown.equals(before) && !reset) {
            return;
        }
        boolean keepTyping = same && !reset;
        title.setText(getTranslation("shotlist.editor.title", sceneNumber + "." + shown.number()));
        getElement().setAttribute("data-shot", shown.id().toString());
        type.setValue(shown.type());
        move.setValue(shown.cameraMove());
        double seconds = shown.duration().toMillis() / 1000.0;
        if (!(keepTyping && typingIn == duration) && !Objects.equals(duration.getValue(), seconds)) {
            duration.setValue(seconds);
        }
        if (!(keepTyping && typingIn == description) && !description.getValue().equals(shown.description())) {
            description.setValue(shown.description());
        }
    }

    @Nullable Shot shot() {
        return shot;
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

    private void fire(ShotEdit edit) {
        var current = shot;
        if (current != null) {
            fireEvent(new EditEvent(this, current.id(), edit));
        }
    }

    Registration addEditListener(ComponentEventListener<EditEvent> listener) {
        return addListener(EditEvent.class, listener);
    }

    /** A director asked to change the shown shot. */
    static final class EditEvent extends ComponentEvent<ShotEditor> {

        private final ShotId shot;
        private final ShotEdit edit;

        EditEvent(ShotEditor source, ShotId shot, ShotEdit edit) {
            super(source, true);
            this.shot = shot;
            this.edit = edit;
        }

        ShotId shot() {
            return shot;
        }

        ShotEdit edit() {
            return edit;
        }
    }
}
