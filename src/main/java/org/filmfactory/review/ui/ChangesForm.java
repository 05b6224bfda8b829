package org.filmfactory.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.filmfactory.review.Reviews;

/**
 * Asks a director for the note that goes with "request changes", opened in place under the approval: the note is
 * required, so the button stays off until something is written. Fires {@link Confirmed} with the note; the owner
 * closes the form once it was taken. (In place rather than in a dialog: the shot page loads only the components
 * its own route uses, and a panel added to it must make do with those.)
 */
final class ChangesForm extends Div {

    private final TextArea note = new TextArea();
    private final Button confirm = new Button();

    ChangesForm() {
        setId("review-changes-form");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("min-width", "0").set("padding", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-error-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        note.setId("review-changes-note");
        note.setLabel(getTranslation("review.panel.changes.note"));
        note.setRequired(true);
        note.setMaxLength(Reviews.MAX_TEXT);
        note.setWidthFull();
        note.setMinRows(2);
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        note.addKeyDownListener(Key.ESCAPE, e -> close());
        confirm.setId("review-changes-confirm");
        confirm.setText(getTranslation("review.panel.changes.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> fireEvent(new Confirmed(this, note.getValue().strip())));
        var cancel = new Button(getTranslation("review.panel.cancel"), e -> close());
        cancel.setId("review-changes-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var buttons = new Div(cancel, confirm);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("justify-content", "flex-end");
        add(note, buttons);
        setVisible(false);
    }

    void open() {
        note.clear();
        confirm.setEnabled(false);
        setVisible(true);
        note.focus();
    }

    void close() {
        setVisible(false);
    }

    Registration addConfirmListener(ComponentEventListener<Confirmed> listener) {
        return addListener(Confirmed.class, listener);
    }

    /** The director asked for changes with this note. */
    static final class Confirmed extends ComponentEvent<ChangesForm> {
        private final String note;

        Confirmed(ChangesForm source, String note) {
            super(source, false);
            this.note = note;
        }

        String note() {
            return note;
        }
    }
}
