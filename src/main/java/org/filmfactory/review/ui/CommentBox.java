package org.filmfactory.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.filmfactory.review.Mentionable;
import org.filmfactory.review.Reviews;
import org.jspecify.annotations.Nullable;

/**
 * A text area for a comment, a reply or an edit, with @-completion of the crew's names and a button to send. Typing
 * {@code @} and the start of a name lists the members who match under the text; choosing one writes
 * {@code @[Name](user-uuid)} in place of what was typed. Ctrl+Enter (or ⌘+Enter) sends like the button. Fires
 * {@link Submitted} with the text; the owner clears it ({@link #clear}) only once the comment was taken, so a refused
 * comment stays for the author to fix. Escape first closes the name list; a box that can be put away (a reply, an
 * edit) then fires {@link Cancelled}, as its Cancel button does, and its owner removes it — the comment as it was
 * stays.
 */
final class CommentBox extends Div {

    /** The most names the completion lists at once. */
    static final int SUGGESTIONS = 8;
    /** An {@code @} at the start or after a space, then the start of a name, at the end of the text. */
    private static final Pattern TYPED_MENTION = Pattern.compile("(?:^|\\s)@([\\p{L}\\p{N}_.\\-]{0,40})$");

    private final TextArea text = new TextArea();
    private final Div suggestions = new Div();
    private final Button send = new Button();
    private final Function<String, List<Mentionable>> mentionable;

    /**
     * @param mentionable the members whose name starts with a prefix (normally {@link Reviews#mentionable})
     */
    CommentBox(String idPrefix, String placeholder, String sendLabel, String initial,
            Function<String, List<Mentionable>> mentionable) {
        this(idPrefix, placeholder, sendLabel, initial, mentionable, null);
    }

    /**
     * @param cancelLabel the label of a Cancel button beside Send, for a box its owner removes on {@link Cancelled};
     *     null for the composer, which stays
     */
    CommentBox(String idPrefix, String placeholder, String sendLabel, String initial,
            Function<String, List<Mentionable>> mentionable, @Nullable String cancelLabel) {
        this.mentionable = mentionable;
        addClassName("review-box");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("min-width", "0");
        text.setId(idPrefix + "-text");
        text.addClassName("review-box-text");
        text.setPlaceholder(placeholder);
        text.setWidthFull();
        text.setMaxLength(Reviews.MAX_TEXT);
        text.setMinRows(2);
        text.setValue(initial);
        // Every keystroke, in order: a suggestion chosen right after typing must see the text as typed, never have a
        // late lazy update of the field overwrite the chosen mention.
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> suggest());
        text.addKeyDownListener(Key.ENTER, e -> submit(), KeyModifier.CONTROL);
        text.addKeyDownListener(Key.ENTER, e -> submit(), KeyModifier.META);
        text.addKeyDownListener(Key.ESCAPE, e -> escape(cancelLabel != null));

        suggestions.setId(idPrefix + "-mentions");
        suggestions.addClassName("review-mentions");
        suggestions.setVisible(false);
        suggestions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-xs)").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-base-color)");

        send.setId(idPrefix + "-send");
        send.setText(sendLabel);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        send.addClickListener(e -> submit());
        var row = new Div();
        if (cancelLabel != null) {
            var cancel = new Button(cancelLabel, e -> fireEvent(new Cancelled(this)));
            cancel.setId(idPrefix + "-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(cancel);
        }
        row.add(send);
        row.getStyle().set("display", "flex").set("justify-content", "flex-end").set("gap", "var(--lumo-space-s)");
        add(text, suggestions, row);
    }

    String value() {
        return text.getValue();
    }

    void clear() {
        text.clear();
        suggestions.removeAll();
        suggestions.setVisible(false);
    }

    void focus() {
        text.focus();
    }

    /** Lists the members whose name starts with what follows the {@code @} being typed, if one is. */
    private void suggest() {
        suggestions.removeAll();
        var typed = TYPED_MENTION.matcher(text.getValue());
        if (!typed.find()) {
            suggestions.setVisible(false);
            return;
        }
        var prefix = typed.group(1);
        var found = mentionable.apply(prefix);
        for (var member : found.stream().limit(SUGGESTIONS).toList()) {
            var choice = new Button("@" + member.name(), e -> choose(prefix, member));
            choice.addClassName("review-mention-choice");
            choice.getElement().setAttribute("data-user", member.userId());
            choice.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            choice.getStyle().set("color", ReviewPanel.colour(member.colorIndex())).set("max-width", "100%");
            suggestions.add(choice);
        }
        suggestions.setVisible(!found.isEmpty());
    }

    /** Writes the chosen member's mention in place of the {@code @} and the start of the name. */
    private void choose(String prefix, Mentionable member) {
        var now = text.getValue();
        var before = now.substring(0, now.length() - prefix.length() - 1);
        text.setValue(before + "@[" + member.name().replace("]", "") + "](" + member.userId() + ") ");
        suggestions.removeAll();
        suggestions.setVisible(false);
        text.focus();
    }

    private void escape(boolean cancellable) {
        if (suggestions.isVisible()) {
            suggestions.removeAll();
            suggestions.setVisible(false);
        } else if (cancellable) {
            fireEvent(new Cancelled(this));
        }
    }

    private void submit() {
        fireEvent(new Submitted(this, text.getValue()));
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<Cancelled> listener) {
        return addListener(Cancelled.class, listener);
    }

    /** The author put the box away (Escape or Cancel) without sending. */
    static final class Cancelled extends ComponentEvent<CommentBox> {
        Cancelled(CommentBox source) {
            super(source, false);
        }
    }

    /** The author asked to send what is in the box. */
    static final class Submitted extends ComponentEvent<CommentBox> {
        private final String text;

        Submitted(CommentBox source, String text) {
            super(source, false);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
