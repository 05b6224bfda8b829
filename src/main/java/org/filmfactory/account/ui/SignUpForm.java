package org.filmfactory.account.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import org.filmfactory.account.NewAccount;
import org.filmfactory.platform.Translations;

/**
 * The sign-up fields. It knows nothing of services: it announces a {@link SignUpEvent} and shows whatever error the
 * view gives back beside the field it concerns, keeping what the person typed.
 */
class SignUpForm extends FormLayout {

    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Select<Locale> language = new Select<>();
    final Button submit = new Button();

    SignUpForm(Locale current) {
        displayName.setLabel(getTranslation("signup.name"));
        displayName.setId("signup-name");
        displayName.setRequired(true);
        email.setLabel(getTranslation("signup.email"));
        email.setId("signup-email");
        email.setRequired(true);
        password.setLabel(getTranslation("signup.password"));
        password.setId("signup-password");
        password.setHelperText(getTranslation("signup.password-help"));
        language.setLabel(getTranslation("signup.language"));
        language.setItems(Translations.ENGLISH, Translations.CHINESE);
        language.setItemLabelGenerator(l -> Translations.CHINESE.equals(l) ? "中文" : "English");
        language.setValue(Translations.supported(current));
        submit.setText(getTranslation("signup.submit"));
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> fireEvent(new SignUpEvent(this)));
        add(displayName, email, password, language, submit);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    NewAccount details() {
        return new NewAccount(email.getValue(), displayName.getValue(), password.getValue(), language.getValue());
    }

    /** Marks the field named by {@code field} (or the e-mail when none) as wrong with {@code message}. */
    void showError(String field, String message) {
        clearErrors();
        switch (field) {
            case "displayName" -> { displayName.setErrorMessage(message); displayName.setInvalid(true); }
            case "password" -> { password.setErrorMessage(message); password.setInvalid(true); }
            default -> { email.setErrorMessage(message); email.setInvalid(true); }
        }
    }

    void clearErrors() {
        displayName.setInvalid(false);
        email.setInvalid(false);
        password.setInvalid(false);
    }

    Registration addSignUpListener(ComponentEventListener<SignUpEvent> listener) {
        return addListener(SignUpEvent.class, listener);
    }

    static final class SignUpEvent extends ComponentEvent<SignUpForm> {
        SignUpEvent(SignUpForm source) {
            super(source, false);
        }
    }
}
