package org.filmfactory.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.filmfactory.account.Credentials;
import org.filmfactory.account.SignUpRefused;
import org.filmfactory.platform.Translations;

/**
 * Where the link in a reset e-mail leads: a new password, once. A used, expired or unknown link says so and offers a
 * new one; a refused password keeps the link working.
 */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Credentials credentials;
    private final Translations translations;

    ResetPasswordView(Credentials credentials, Translations translations) {
        this.credentials = credentials;
        this.translations = translations;
        addClassName("studio-auth");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("account.reset.title")));
        if (!credentials.resetLinkWorks(token)) {
            showInvalid();
            return;
        }
        var password = new PasswordField(getTranslation("account.profile.new-password"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("signup.password-help"));
        password.setWidthFull();
        var save = new Button(getTranslation("account.reset.save"));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                credentials.resetPassword(token, password.getValue());
            } catch (SignUpRefused refused) {
                if ("password".equals(refused.field())) {
                    password.setErrorMessage(translations.translate(getLocale(), refused.messageKey(),
                            refused.arguments()));
                    password.setInvalid(true);
                } else {
                    removeAll();
                    add(new H1(getTranslation("account.reset.title")));
                    showInvalid();
                }
                return;
            }
            removeAll();
            var done = new Paragraph(getTranslation("account.reset.done"));
            done.setId("reset-done");
            var signIn = new Anchor("login", getTranslation("login.submit"));
            signIn.setId("reset-sign-in");
            add(new H1(getTranslation("account.reset.title")), done, new Paragraph(signIn));
        });
        add(password, save);
    }

    private void showInvalid() {
        var invalid = new Paragraph(getTranslation("account.error.reset-link-invalid"));
        invalid.setId("reset-invalid");
        var again = new Anchor("forgot-password", getTranslation("account.reset.request-new"));
        again.setId("reset-request-new");
        add(invalid, new Paragraph(again));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.reset.title") + " · Film Factory";
    }
}
