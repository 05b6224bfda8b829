package org.filmfactory.platform.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.filmfactory.platform.Translations;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every signed-in screen: the studio's name, the menu built from {@code @Menu} on views (so the
 * layout knows no feature module), what modules add through {@link HeaderItem}, and the user menu with the language switch and sign-out.
 */
@Layout
@PermitAll
// Header items come from other modules as beans, which the production bundle's scan from the routes cannot see: the
// components they may use are named here so every screen has them.
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.dialog.Dialog.class)
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.checkbox.Checkbox.class)
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final Span signedInName = new Span();
    private final Avatar avatar = new Avatar();

    public MainLayout(AuthenticationContext authentication, ObjectProvider<HeaderItem> headerItems) {
        this.authentication = authentication;
        var title = new Span("Film Factory");
        title.addClassName("studio-title");
        var header = new HorizontalLayout(new DrawerToggle(), title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        headerItems.orderedStream().forEach(item -> header.addToEnd(item.create()));
        header.addToEnd(userMenu());
        header.addClassName("studio-header");
        addToNavbar(header);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation() {
        var nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }

    /** Shows {@code name} as the signed-in person's in the header, e.g. right after they changed it. */
    public void showSignedInName(String name) {
        signedInName.setText(name);
        avatar.setName(name);
    }

    private MenuBar userMenu() {
        showSignedInName(authentication.getAuthenticatedUser(NamedPerson.class).map(NamedPerson::displayName)
                .orElseGet(() -> authentication.getPrincipalName().orElse("")));
        signedInName.setId("signed-in-name");
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");
        var root = menu.addItem(new HorizontalLayout(avatar, signedInName));
        var sub = root.getSubMenu();
        var language = sub.addItem(getTranslation("menu.language"));
        language.getSubMenu().addItem("English", e -> LanguageChoice.choose(Translations.ENGLISH)).setId("lang-en");
        language.getSubMenu().addItem("中文", e -> LanguageChoice.choose(Translations.CHINESE)).setId("lang-zh");
        sub.addItem(getTranslation("menu.sign-out"), e -> authentication.logout()).setId("sign-out");
        return menu;
    }
}
