package org.filmfactory.take.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.filmfactory.platform.Translations;
import org.filmfactory.take.internal.settings.BackendChange;
import org.filmfactory.take.internal.settings.BackendView;
import org.filmfactory.take.internal.settings.BudgetPeriod;
import org.filmfactory.take.internal.settings.GenerationSetupChange;
import org.filmfactory.take.internal.settings.GenerationSetupView;
import org.filmfactory.take.internal.settings.InvalidGenerationSetting;
import org.filmfactory.take.internal.settings.KeyChange;
import org.jspecify.annotations.Nullable;

/**
 * The owner's generation settings as a form: the generator, style line and budget, and one block per AI backend.
 * An API key field is always empty: typing a key replaces the stored one, "Clear key" forgets it, and the stored key
 * is only ever described ("set ••••7788", "not set"). Saving fires a {@link SaveEvent} with the change; a refusal
 * from the service is shown beside its field by {@link #showProblem}, with everything typed kept.
 */
class GenerationSettingsForm extends Div {

    /** The owner pressed Save. */
    static final class SaveEvent extends ComponentEvent<GenerationSettingsForm> {

        private final GenerationSetupChange change;

        SaveEvent(GenerationSettingsForm source, GenerationSetupChange change) {
            super(source, false);
            this.change = change;
        }

        GenerationSetupChange change() {
            return change;
        }
    }

    /** One backend's fields. */
    final class BackendFields {
        final String backendId;
        final TextField url = new TextField();
        final TextField model = new TextField();
        final Span keyState = new Span();
        final PasswordField newKey = new PasswordField();
        final Button clearKey = new Button();
        final TextArea options = new TextArea();
        final TextField costPerImage = new TextField();
        final TextField costPerSecond = new TextField();
        boolean clear;
        boolean keySet;
        @Nullable String hint;

        BackendFields(String backendId) {
            this.backendId = backendId;
            url.setLabel(text("take.settings.url"));
            url.setId(backendId + "-url");
            url.setWidthFull();
            model.setLabel(text("take.settings.model"));
            model.setId(backendId + "-model");
            keyState.setId(backendId + "-key-state");
            keyState.addClassName("studio-muted");
            newKey.setLabel(text("take.settings.key.new"));
            newKey.setId(backendId + "-key");
            newKey.setRevealButtonVisible(false);
            newKey.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
            clearKey.setText(text("take.settings.key.clear"));
            clearKey.setId(backendId + "-key-clear");
            clearKey.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            clearKey.addClickListener(click -> {
                clear = true;
                newKey.clear();
                showKey();
            });
            options.setLabel(text("comfyui".equals(backendId) ? "take.settings.workflow" : "take.settings.options"));
            options.setHelperText(text("comfyui".equals(backendId) ? "take.settings.workflow.help"
                    : "take.settings.options.help." + backendId));
            options.setId(backendId + "-options");
            options.setWidthFull();
            options.setMaxHeight("16em");
            costPerImage.setLabel(text("take.settings.cost-per-image"));
            costPerImage.setId(backendId + "-cost-per-image");
            costPerSecond.setLabel(text("take.settings.cost-per-second"));
            costPerSecond.setId(backendId + "-cost-per-second");
        }

        void show(BackendView view) {
            url.setValue(view.baseUrl());
            model.setValue(view.model());
            options.setValue(view.options());
            costPerImage.setValue(plain(view.costPerImage()));
            costPerSecond.setValue(plain(view.costPerSecond()));
            keySet = view.keySet();
            hint = view.keyHint();
            clear = false;
            newKey.clear();
            showKey();
        }

        void showKey() {
            keyState.setText(clear ? text("take.settings.key.cleared")
                    : !keySet ? text("take.settings.key.not-set")
                    : hint == null ? text("take.settings.key.set")
                    : text("take.settings.key.set-hint", hint));
            clearKey.setEnabled(keySet && !clear);
        }

        BackendChange change() {
            var typed = newKey.getValue().strip();
            KeyChange key = !typed.isEmpty() ? new KeyChange.Replace(typed)
                    : clear ? new KeyChange.Clear() : new KeyChange.Keep();
            return new BackendChange(backendId, url.getValue(), model.getValue(), key, options.getValue(),
                    amount(costPerImage, backendId + ".cost-per-image", "take.settings.error.price", BigDecimal.ZERO),
                    amount(costPerSecond, backendId + ".cost-per-second", "take.settings.error.price",
                            BigDecimal.ZERO));
        }

        Map<String, HasValidation> fields() {
            return Map.of(backendId + ".url", url, backendId + ".model", model, backendId + ".key", newKey,
                    backendId + ".options", options, backendId + ".cost-per-image", costPerImage,
                    backendId + ".cost-per-second", costPerSecond);
        }
    }

    private final Translations translations;
    private final Locale locale;
    private final Select<String> generator = new Select<>();
    private final TextField style = new TextField();
    private final TextField budget = new TextField();
    private final Select<BudgetPeriod> period = new Select<>();
    private final TextField currency = new TextField();
    private final Div backendsSlot = new Div();
    private final Button save = new Button();
    private final List<BackendFields> backends = new ArrayList<>();
    private final Map<String, HasValidation> fields = new HashMap<>();

    GenerationSettingsForm(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
        setId("generation-settings-form");
        generator.setLabel(text("take.settings.generator"));
        generator.setId("generator");
        generator.setItemLabelGenerator(id -> text("take.generator." + id));
        style.setLabel(text("take.settings.style"));
        style.setHelperText(text("take.settings.style.help"));
        style.setId("style");
        style.setMaxLength(500);
        style.setWidthFull();
        budget.setLabel(text("take.settings.budget"));
        budget.setHelperText(text("take.settings.budget.help"));
        budget.setId("budget");
        period.setLabel(text("take.settings.period"));
        period.setId("budget-period");
        period.setItems(BudgetPeriod.values());
        period.setItemLabelGenerator(p -> text(p.key()));
        currency.setLabel(text("take.settings.currency"));
        currency.setId("currency");
        currency.setMaxLength(8);
        var general = new FormLayout(generator, style, budget, period, currency);
        general.setColspan(style, 2);
        save.setText(text("take.settings.save"));
        save.setId("generation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            GenerationSetupChange change;
            try {
                change = change();
            } catch (InvalidGenerationSetting notANumber) {
                showProblem(notANumber);
                return;
            }
            fireEvent(new SaveEvent(this, change));
        });
        fields.put("generator", generator);
        fields.put("style", style);
        fields.put("budget", budget);
        fields.put("currency", currency);
        add(general, backendsSlot, save);
    }

    void show(GenerationSetupView view) {
        generator.setItems(view.generators());
        generator.setValue(view.generatorId());
        style.setValue(view.styleLine());
        var amount = view.budget();
        budget.setValue(amount == null ? "" : plain(amount));
        period.setValue(view.period());
        currency.setValue(view.currency());
        clearProblems();
        if (backends.size() != view.backends().size()) {
            backends.clear();
            backendsSlot.removeAll();
            for (var backend : view.backends()) {
                var block = new BackendFields(backend.backendId());
                backends.add(block);
                fields.putAll(block.fields());
                var title = new H3(text("take.generator." + backend.backendId()));
                var key = new Div(block.keyState, block.newKey, block.clearKey);
                key.addClassName("generation-key");
                var layout = new FormLayout(block.url, block.model, key, block.options, block.costPerImage,
                        block.costPerSecond);
                layout.setColspan(block.url, 2);
                layout.setColspan(block.options, 2);
                var section = new Div(title, layout);
                section.setId("backend-" + backend.backendId());
                section.addClassName("generation-backend");
                backendsSlot.add(section);
            }
        }
        for (var i = 0; i < backends.size(); i++) {
            backends.get(i).show(view.backends().get(i));
        }
    }

    /** The form as a change to save. */
    GenerationSetupChange change() {
        return new GenerationSetupChange(Objects.requireNonNullElse(generator.getValue(), "animatic"),
                style.getValue(), amount(budget, "budget", "take.settings.error.budget", null), Objects.requireNonNullElse(period.getValue(), BudgetPeriod.MONTH),
                currency.getValue(), backends.stream().map(BackendFields::change).toList());
    }

    /** Shows the service's refusal beside the field it names (or on the generator choice). */
    void showProblem(InvalidGenerationSetting problem) {
        clearProblems();
        var field = fields.getOrDefault(problem.field(), generator);
        field.setErrorMessage(translations.translate(locale, problem.messageKey(), problem.arguments()));
        field.setInvalid(true);
    }

    void clearProblems() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    List<BackendFields> backendFields() {
        return List.copyOf(backends);
    }

    private String text(String key, Object... arguments) {
        return translations.translate(locale, key, arguments);
    }

    /** The amount typed in {@code field} (a comma taken as the decimal point), {@code empty} when blank. */
    private static @Nullable BigDecimal amount(TextField field, String name, String problemKey,
            @Nullable BigDecimal empty) {
        var text = field.getValue().strip().replace(',', '.');
        if (text.isEmpty()) {
            return empty;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidGenerationSetting(name, problemKey);
        }
    }

    private static String plain(BigDecimal amount) {
        var stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
