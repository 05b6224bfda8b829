package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/** A project in real browsers: invitations by link, refused forgeries, and the studio in Chinese. */
@BrowserStudio
class ProjectBrowserIT {

    static StudioNodes studio;
    static Chromium chromium;

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

    @Test
    void viewerWhoReEnablesADisabledButtonChangesNothing() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Otto Owner").signIn();
        var viewer = Actors.create(node, "Vera Viewer");
        var projectId = node.getBean(ProjectManagement.class).create(
                new NewProject("Keep Me", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var link = node.getBean(InvitationService.class).invite(projectId, ProjectRole.VIEWER, null).path();
        viewer.signIn();
        node.getBean(InvitationService.class).accept(link.substring("join/".length()));
        Actors.signOut();

        Page page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), viewer.email(), Actors.PASSWORD);
        page.navigate(studio.url(0) + "projects/" + projectId);
        page.locator("#project-name").waitFor();
        assertThat(page.locator("#my-role").getAttribute("data-role")).isEqualTo("VIEWER");
        assertThat(page.locator("#delete-project").getAttribute("disabled")).isNotNull();
        assertThat(page.locator("#invitations").isVisible()).isFalse();
        assertThat(page.locator("[id^='role-select-']").count()).isZero();

        page.evaluate("() => { for (const id of ['delete-project', 'archive-project', 'rename-project']) {"
                + " const b = document.getElementById(id); b.removeAttribute('disabled'); b.disabled = false; } }");
        page.locator("#archive-project").click(new Locator.ClickOptions().setForce(true));
        page.locator("#delete-project").click(new Locator.ClickOptions().setForce(true));
        Chromium.awaitServer(page);
        // Whatever the browser showed, the server refused: the project is there, unarchived, with both members.
        assertThat(page.locator("vaadin-confirm-dialog-overlay[opened]").count()).isZero();
        owner.signIn();
        var project = node.getBean(ProjectManagement.class).find(projectId);
        assertThat(project.archived()).isFalse();
        assertThat(node.getBean(Crew.class).members(projectId)).hasSize(2);
        Actors.signOut();
    }

    @Test
    void chineseBrowserGetsTheStudioInChineseAndCanSwitchToEnglish() {
        var node = studio.node(0);
        var person = Actors.create(node, "Zhang San").signIn();
        node.getBean(ProjectManagement.class).create(
                new NewProject("茶馆", "清晨的茶馆里，一封旧信让两位老友重逢。", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
        Actors.signOut();

        Page page = chromium.newUser("zh-CN");
        page.navigate(studio.url(0) + "login");
        assertThat(page.locator("vaadin-login-form").textContent()).contains("登录");
        Chromium.signIn(page, studio.url(0), person.email(), Actors.PASSWORD);
        assertThat(page.locator("h2").first().textContent()).isEqualTo("我的项目");
        assertThat(page.locator("#project-list").textContent()).contains("茶馆").contains("清晨的茶馆里").contains("负责人");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item:visible").filter(new Locator.FilterOptions().setHasText("语言")).click();
        page.locator("#lang-en").click();
        page.waitForCondition(() -> "My projects".equals(page.locator("h2").first().textContent()));
        assertThat(page.locator("#project-list").textContent()).contains("Owner");
    }

    @Test
    void signedOutMemberOfTheStudioSignsInFromTheLinkAndLandsInTheProject() {
        var node = studio.node(0);
        Actors.create(node, "Ines Inviter").signIn();
        var projectId = node.getBean(ProjectManagement.class).create(
                new NewProject("Second Unit", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var path = node.getBean(InvitationService.class).invite(projectId, ProjectRole.EDITOR, null).path();
        Actors.signOut();
        var colleague = Actors.create(node, "Carl Colleague");

        Page page = chromium.newUser();
        page.navigate(studio.url(0) + path);
        page.locator("#invitation-sign-in").click();
        page.locator("vaadin-text-field[name='username'] input").fill(colleague.email());
        page.locator("vaadin-password-field[name='password'] input").fill(Actors.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();

        page.locator("#project-name").waitFor();
        page.waitForCondition(() -> page.url().endsWith("projects/" + projectId + "?welcome"));
        assertThat(page.locator("#my-role").getAttribute("data-role")).isEqualTo("EDITOR");
        assertThat(page.locator("#welcome").textContent()).contains("You joined as Editor.").contains("Edit the cut");
    }
}
