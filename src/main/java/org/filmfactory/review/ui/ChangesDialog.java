package org.filmfactory.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.filmfactory.review.Reviews;

/**
 * Asks a director for the note that goes with "request changes": the note is required, so the button stays off
 * until something is written. Fires {@link Confirmed} with the note; the owner closes the dialog once it was taken.
 */
final class ChangesDialog extends Dialog {

    private final TextArea note = new TextArea();
    private final Button confirm = new Button();

    ChangesDialog() {
        setId("review-changes-dialog");
        setHeaderTitle(getTranslation("review.panel.changes.title"));
        setWidth("32rem");
        setMaxWidth("95vw");
        note.setId("review-changes-note");
        note.setLabel(getTranslation("review.panel.changes.note"));
        note.setRequired(true);
        note.setMaxLength(Reviews.MAX_TEXT);
        note.setWidthFull();
        note.setMinRows(3);
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        confirm.setId("review-changes-confirm");
        confirm.setText(getTranslation("review.panel.changes.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> fireEvent(new Confirmed(this, note.getValue().strip())));
        var cancel = new Button(getTranslation("review.panel.cancel"), e -> close());
        cancel.setId("review-changes-cancel");
        add(note);
        getFooter().add(cancel, confirm);
    }

    Registration addConfirmListener(ComponentEventListener<Confirmed> listener) {
        return addListener(Confirmed.class, listener);
    }

    /** The director asked for changes with this note. */
    static final class Confirmed extends ComponentEvent<ChangesDialog> {
        private final String note;

        Confirmed(ChangesDialog source, String note) {
            super(source, false);
            this.note = note;
        }

        String note() {
            return note;
        }
    }
}
