package org.filmfactory.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.filmfactory.account.NewAccount;
import org.filmfactory.account.Registration;
import org.filmfactory.account.SignUpRefused;
import org.filmfactory.platform.Translations;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Sign-up. A person who came from an invitation link is sent back to it ({@code ?continue=}) already signed in.
 */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
class SignUpView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Registration registration;
    private final UserDetailsService accounts;
    private final Translations translations;
    private final SignUpForm form;
    private String next = "";

    SignUpView(Registration registration, UserDetailsService accounts, Translations translations) {
        this.registration = registration;
        this.accounts = accounts;
        this.translations = translations;
        addClassName("studio-auth");
        add(new H1(getTranslation("signup.title")));
        form = new SignUpForm(UI.getCurrent() == null ? Translations.ENGLISH : UI.getCurrent().getLocale());
        if (registration.selfSignUpOpen()) {
            form.addSignUpListener(e -> signUp(form.details()));
            add(form);
        } else {
            add(new Paragraph(getTranslation("account.error.sign-up-closed")));
        }
        var login = new Anchor("login", getTranslation("signup.have-account"));
        login.setId("sign-in-link");
        add(new Paragraph(login));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getSingleParameter("continue")
                .flatMap(ReturnPath::parse).map(ReturnPath::path).orElse("");
    }

    private void signUp(NewAccount details) {
        try {
            registration.signUp(details);
        } catch (SignUpRefused refused) {
            form.showError(refused.field(),
                    translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            return;
        }
        signIn(details.email());
        UI.getCurrent().getPage().setLocation(next.isEmpty() ? "./" : next);
    }

    /** The new account is signed in at once, in a fresh session id so a planted session cannot ride along. */
    private void signIn(String email) {
        var principal = accounts.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        request.changeSessionId();
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · Film Factory";
    }
}
