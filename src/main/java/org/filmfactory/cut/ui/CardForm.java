package org.filmfactory.cut.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import org.filmfactory.cut.Card;

/**
 * A title or end card's text, colours and length in frames (0: no card). Fires {@link SaveEvent}; the listener reads
 * the card with {@link #card()}, and the cut checks it (a card out of bounds is refused with {@code cut.error.card}).
 */
class CardForm extends Div {

    private final H3 heading = new H3();
    private final TextArea text = new TextArea();
    private final TextField background = new TextField();
    private final TextField foreground = new TextField();
    private final IntegerField frames = new IntegerField();
    private final Button save = new Button();

    CardForm(String id, String headingKey) {
        setId(id);
        addClassName("cut-card-form");
        heading.setText(getTranslation(headingKey));
        text.setLabel(getTranslation("cut.timeline.card.text"));
        text.setMaxLength(Card.MAX_TEXT);
        text.setWidthFull();
        text.addClassName("card-text");
        background.setLabel(getTranslation("cut.timeline.card.background"));
        background.addClassName("card-background");
        background.setPattern("#[0-9a-fA-F]{6}");
        background.setWidth("8em");
        foreground.setLabel(getTranslation("cut.timeline.card.foreground"));
        foreground.addClassName("card-foreground");
        foreground.setPattern("#[0-9a-fA-F]{6}");
        foreground.setWidth("8em");
        frames.setLabel(getTranslation("cut.timeline.card.frames"));
        frames.addClassName("card-frames");
        frames.setMin(0);
        frames.setStepButtonsVisible(true);
        frames.setWidth("9em");
        save.setText(getTranslation("cut.timeline.card.save"));
        save.addClassName("card-save");
        save.addClickListener(e -> fireEvent(new SaveEvent(this)));
        var row = new Div(background, foreground, frames, save);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)")
                .set("align-items", "baseline");
        add(heading, text, row);
    }

    void show(Card card, boolean editable) {
        text.setValue(card.text());
        background.setValue(card.background());
        foreground.setValue(card.foreground());
        frames.setValue(card.frames());
        text.setReadOnly(!editable);
        background.setReadOnly(!editable);
        foreground.setReadOnly(!editable);
        frames.setReadOnly(!editable);
        save.setVisible(editable);
    }

    /** The card as filled in; throws {@code CutChangeRefused} ({@code cut.error.card}) when it cannot be one. */
    Card card() {
        Integer length = frames.getValue();
        return new Card(text.getValue(), background.getValue().strip().toLowerCase(Locale.ROOT),
                foreground.getValue().strip().toLowerCase(Locale.ROOT), length == null ? -1 : length);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The person asked to save the card; the listener reads it with {@link #card()} (which may refuse it). */
    static final class SaveEvent extends ComponentEvent<CardForm> {
        SaveEvent(CardForm source) {
            super(source, false);
        }
    }
}
