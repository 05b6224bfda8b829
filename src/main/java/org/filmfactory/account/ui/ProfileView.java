package org.filmfactory.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.filmfactory.account.Credentials;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.SignUpRefused;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.ui.LanguageChoice;
import org.filmfactory.platform.ui.MainLayout;
import org.filmfactory.platform.ui.Notices;

/**
 * The signed-in person's name (as the crew sees it) and language, their password and their sign-in e-mail. Both of
 * the last two need the current password; a refusal is shown beside its field and what was typed stays.
 */
@Route("profile")
@Menu(title = "menu.profile", order = 90, icon = "vaadin:user")
@PermitAll
class ProfileView extends Div implements HasDynamicTitle {

    private final Translations translations;

    ProfileView(UserDirectory directory, Credentials credentials, CurrentUser currentUser, Translations translations) {
        this.translations = translations;
        addClassName("studio-page");
        var me = currentUser.require();
        var name = new TextField(getTranslation("signup.name"));
        name.setId("profile-name");
        name.setValue(me.displayName());
        name.setMaxLength(80);
        var language = new Select<Locale>();
        language.setLabel(getTranslation("signup.language"));
        language.setItems(Translations.ENGLISH, Translations.CHINESE);
        language.setItemLabelGenerator(l -> Translations.CHINESE.equals(l) ? "中文" : "English");
        language.setValue(Translations.supported(me.locale()));
        var save = new Button(getTranslation("action.save"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                var saved = directory.describeMyself(name.getValue(), language.getValue());
                name.setInvalid(false);
                Notices.success(getTranslation("profile.saved"));
                if (!Translations.supported(getLocale()).equals(saved.locale())) {
                    LanguageChoice.choose(saved.locale());
                } else {
                    var frame = findAncestor(MainLayout.class);
                    if (frame != null) {
                        frame.showSignedInName(saved.displayName());
                    }
                }
            } catch (SignUpRefused refused) {
                name.setErrorMessage(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        var form = new FormLayout(name, language, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("420px");
        add(new H2(getTranslation("profile.title")), form, passwordForm(credentials), emailForm(credentials, me.email()));
    }

    private FormLayout passwordForm(Credentials credentials) {
        var current = new PasswordField(getTranslation("account.profile.current-password"));
        current.setId("profile-current-password");
        var replacement = new PasswordField(getTranslation("account.profile.new-password"));
        replacement.setId("profile-new-password");
        replacement.setHelperText(getTranslation("signup.password-help"));
        var change = new Button(getTranslation("account.profile.change-password"));
        change.setId("profile-change-password");
        change.addClickListener(e -> {
            current.setInvalid(false);
            replacement.setInvalid(false);
            try {
                // This browser stays signed in; the person's other sessions end.
                credentials.changePassword(current.getValue(), replacement.getValue(),
                        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getId());
                current.clear();
                replacement.clear();
                Notices.success(getTranslation("account.profile.password-changed"));
            } catch (SignUpRefused refused) {
                showBeside("currentPassword".equals(refused.field()) ? current : replacement, refused);
            }
        });
        return section("account.profile.password", current, replacement, change);
    }

    private FormLayout emailForm(Credentials credentials, String currentEmail) {
        var email = new EmailField(getTranslation("account.profile.new-email"));
        email.setId("profile-new-email");
        email.setPlaceholder(currentEmail);
        var password = new PasswordField(getTranslation("account.profile.current-password"));
        password.setId("profile-email-password");
        var change = new Button(getTranslation("account.profile.change-email"));
        change.setId("profile-change-email");
        change.addClickListener(e -> {
            email.setInvalid(false);
            password.setInvalid(false);
            try {
                var changed = credentials.changeEmail(password.getValue(), email.getValue());
                email.clear();
                email.setPlaceholder(changed.email());
                password.clear();
                Notices.success(getTranslation("account.profile.email-changed", changed.email()));
            } catch (SignUpRefused refused) {
                showBeside("currentPassword".equals(refused.field()) ? password : email, refused);
            }
        });
        return section("account.profile.email", email, password, change);
    }

    private FormLayout section(String titleKey, Component... fields) {
        var form = new FormLayout();
        form.add(new H3(getTranslation(titleKey)));
        form.add(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("420px");
        return form;
    }

    private void showBeside(HasValidation field, SignUpRefused refused) {
        field.setErrorMessage(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · Film Factory";
    }
}
