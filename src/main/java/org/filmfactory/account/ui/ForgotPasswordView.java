package org.filmfactory.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.filmfactory.account.AccountSettings;
import org.filmfactory.account.Credentials;

/**
 * Asking for a password-reset link. The answer is the same whether or not the address has an account, so the page
 * cannot be used to find out who works here.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Div implements HasDynamicTitle {

    ForgotPasswordView(Credentials credentials, AccountSettings settings) {
        addClassName("studio-auth");
        add(new H1(getTranslation("account.forgot.title")));
        if (credentials.resetByMailAvailable()) {
            var email = new EmailField(getTranslation("login.email"));
            email.setId("forgot-email");
            email.setWidthFull();
            var send = new Button(getTranslation("account.forgot.send"));
            send.setId("forgot-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickShortcut(Key.ENTER);
            var answer = new Paragraph();
            answer.setId("forgot-answer");
            send.addClickListener(e -> {
                var address = email.getValue().strip();
                if (address.isEmpty()) {
                    return;
                }
                credentials.requestReset(address);
                answer.setText(getTranslation("account.forgot.sent", address,
                        settings.resetLinkLifetime().toMinutes()));
            });
            add(new Paragraph(getTranslation("account.forgot.intro")), email, send, answer);
        } else {
            var unavailable = new Paragraph(getTranslation("account.forgot.unavailable"));
            unavailable.setId("forgot-unavailable");
            add(unavailable);
        }
        var back = new Anchor("login", getTranslation("account.forgot.back"));
        back.setId("forgot-back");
        add(new Paragraph(back));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.title") + " · Film Factory";
    }
}
