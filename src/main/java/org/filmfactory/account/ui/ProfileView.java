package org.filmfactory.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.SignUpRefused;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.ui.LanguageChoice;
import org.filmfactory.platform.ui.Notices;

/** The signed-in person's name (as the crew sees it) and language. */
@Route("profile")
@Menu(title = "menu.profile", order = 90, icon = "vaadin:user")
@PermitAll
class ProfileView extends Div implements HasDynamicTitle {

    ProfileView(UserDirectory directory, CurrentUser currentUser, Translations translations) {
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
                }
            } catch (SignUpRefused refused) {
                name.setErrorMessage(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        var form = new FormLayout(name, language, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("420px");
        add(new H2(getTranslation("profile.title")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · Film Factory";
    }
}
