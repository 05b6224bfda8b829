package org.filmfactory.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sign-in cookie that carries a person to another node when theirs dies (a lost session is what a dead node
 * leaves behind): a browser whose session is gone is signed in again by it; once the person signs out, or their
 * password changes, the same cookie — kept by an attacker, say — signs nobody in.
 */
class SignInCookieBrowserIT {

    static final String COOKIE = "ff_sign_in";
    StudioNodes nodes;
    Chromium chromium;

    @AfterEach
    void stop() {
        Actors.signOut();
        if (chromium != null) {
            chromium.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aLostSessionIsSignedInAgainUntilSignOutOrPasswordChange() {
        nodes = new StudioNodes(1).start();
        var person = Actors.create(nodes.node(0), "Sam Signin");
        Actors.signOut();
        chromium = new Chromium();
        var page = chromium.newUser();

        Chromium.signIn(page, nodes.url(0), person.email(), Actors.PASSWORD);
        var kept = cookie(page);
        loseSession(page);
        page.navigate(nodes.url(0));
        page.locator("#project-list").waitFor();

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#sign-out").click();
        page.locator("vaadin-login-form").waitFor();
        // The cookie as it was before signing out, brought back without a session.
        loseSession(page);
        page.context().addCookies(List.of(kept));
        page.navigate(nodes.url(0));
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.locator("#project-list").count()).isZero();

        // Signed in again; then the password changes (from anywhere): the cookie no longer signs anyone in.
        Chromium.signIn(page, nodes.url(0), person.email(), Actors.PASSWORD);
        var second = cookie(page);
        nodes.node(0).getBean(JdbcClient.class).sql("update account_user set password_hash = ? where email = ?")
                .param("{noop}another password").param(person.email()).update();
        loseSession(page);
        page.context().addCookies(List.of(second));
        page.navigate(nodes.url(0));
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.locator("#project-list").count()).isZero();
    }

    @Test
    void aChangedPasswordEndsThePersonsOtherSessionsOnEveryNodeButNotTheOneThatChangedIt() {
        nodes = new StudioNodes(2).start();
        var person = Actors.create(nodes.node(0), "Carla Changes");
        Actors.signOut();
        chromium = new Chromium();
        var here = chromium.newUser();
        var elsewhere = chromium.newUser();
        var sameNode = chromium.newUser();
        Chromium.signIn(here, nodes.url(0), person.email(), Actors.PASSWORD);
        Chromium.signIn(elsewhere, nodes.url(1), person.email(), Actors.PASSWORD);
        Chromium.signIn(sameNode, nodes.url(0), person.email(), Actors.PASSWORD);

        here.navigate(nodes.url(0) + "profile");
        here.locator("#profile-current-password input").fill(Actors.PASSWORD);
        here.locator("#profile-new-password input").fill("a brand new password 42");
        here.locator("#profile-change-password").click();
        here.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Your password was changed.")).waitFor();

        for (var other : List.of(elsewhere, sameNode)) {
            other.reload();
            other.locator("vaadin-login-form").waitFor();
            assertThat(other.locator("#project-list").count()).isZero();
        }
        here.navigate(nodes.url(0));
        here.locator("#project-list").waitFor();
        assertThat(here.locator("vaadin-login-form").count()).isZero();
    }

    private static Cookie cookie(Page page) {
        var found = page.context().cookies().stream().filter(c -> c.name.equals(COOKIE)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** What a dead node leaves: the browser's session id means nothing any more. */
    private static void loseSession(Page page) {
        var others = page.context().cookies().stream().filter(c -> !c.name.equals("JSESSIONID")).toList();
        page.context().clearCookies();
        page.context().addCookies(others);
    }
}
