package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first thing a team does: an owner starts a project and brings a colleague in by link. */
class InvitationBrowserIT {

    static StudioNodes studio;
    static Chromium chromium;

    @BeforeAll
    static void start() {
        studio = new StudioNodes(1, 5921).start();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        studio.close();
    }

    @Test
    void ownerInvitesByLinkAndNewcomerSignsUpIntoTheProjectWithThatRole() {
        var owner = Actors.create(studio.node(0), "Olga Owner");
        var base = studio.url(0);
        Page ownerPage = chromium.newUser();
        Chromium.signIn(ownerPage, base, owner.email(), Actors.PASSWORD);

        ownerPage.locator("#new-project").click();
        ownerPage.locator("#new-project-name input").fill("夜幕 Nightfall");
        ownerPage.locator("#new-project-logline textarea").fill("Two rivals share one umbrella.");
        ownerPage.locator("#new-project-create").click();
        ownerPage.locator("#project-name").waitFor();
        assertThat(ownerPage.locator("#project-name").textContent()).isEqualTo("夜幕 Nightfall");
        assertThat(ownerPage.locator("#my-role").getAttribute("data-role")).isEqualTo("OWNER");

        Chromium.choose(ownerPage, "invite-role", "Director");
        ownerPage.locator("#invite-create").click();
        var linkField = ownerPage.locator("#invite-link input");
        ownerPage.waitForCondition(() -> linkField.inputValue().contains("/join/"));
        var link = linkField.inputValue();
        assertThat(ownerPage.locator("#invitation-list").textContent()).contains("Director").contains("Open");
        Chromium.screenshot(ownerPage, "invitation-owner");

        Page newcomer = chromium.newUser();
        newcomer.navigate(link);
        assertThat(newcomer.locator("#invitation-offer").textContent())
                .contains("Olga Owner").contains("夜幕 Nightfall").contains("Director");
        newcomer.locator("#invitation-sign-up").click();
        newcomer.locator("#signup-name input").fill("Nadia Newcomer");
        newcomer.locator("#signup-email input").fill("nadia-" + System.nanoTime() + "@example.com");
        newcomer.locator("#signup-password input").fill("a long enough secret");
        newcomer.locator("#signup-submit").click();

        newcomer.locator("#project-name").waitFor();
        assertThat(newcomer.locator("#project-name").textContent()).isEqualTo("夜幕 Nightfall");
        assertThat(newcomer.locator("#my-role").getAttribute("data-role")).isEqualTo("DIRECTOR");
        Chromium.screenshot(newcomer, "invitation-newcomer");

        // The owner's open page learns about the new member without a reload.
        Locator newMember = ownerPage.locator(".crew-member").filter(new Locator.FilterOptions().setHasText("Nadia Newcomer"));
        newMember.waitFor();
        assertThat(newMember.locator(".member-role").getAttribute("data-role")).isEqualTo("DIRECTOR");
        ownerPage.waitForCondition(() -> ownerPage.locator("#invitation-list").textContent().contains("Accepted"));

        // The link was single-use: opening it again says so.
        Page third = chromium.newUser();
        third.navigate(link);
        assertThat(third.locator("#invitation-problem").textContent()).contains("already used");
    }
}
