package org.filmfactory.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.filmfactory.account.Credentials;
import org.filmfactory.account.Registration;

/** Sign-in. The error never says whether the e-mail or the password was wrong, nor that an account exists. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(Registration registration, Credentials credentials) {
        addClassName("studio-auth");
        form.setAction("login");
        // Offered only where the studio can send the link (SMTP configured).
        form.setForgotPasswordButtonVisible(credentials.resetByMailAvailable());
        form.addForgotPasswordListener(e -> UI.getCurrent().navigate(ForgotPasswordView.class));
        form.setI18n(i18n());
        add(new H1("Film Factory"), form);
        if (registration.selfSignUpOpen()) {
            var signUp = new Anchor("signup", getTranslation("login.sign-up-link"));
            signUp.setId("sign-up-link");
            add(new Paragraph(signUp));
        }
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("account.login.forgot"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Film Factory";
    }
}
