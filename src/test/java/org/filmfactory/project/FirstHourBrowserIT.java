package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * The first hour in a real browser: the room suggests what to do next for the person's role and what is done, an
 * invitee is welcomed with what their role can do, removing a member can be undone, and the project list finds and
 * orders projects by name and last change without drawing every card.
 */
@BrowserStudio
class FirstHourBrowserIT {

    static StudioNodes studio;
    static Chromium chromium;

    @Test
    void theRoomSuggestsTheNextStepsForTheRoleAndMarksWhatIsDone() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Night Ferry", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        Actors.signOut();

        Page page = room(owner, project);
        assertThat(steps(page)).containsExactly("script.write=TO_DO", "crew.invite=TO_DO", "shots.look=LATER");
        assertThat(page.locator("#next-steps").textContent()).contains("Write or import the script")
                .contains("Invite the crew");
        Chromium.screenshot(page, "room-next-steps-new");
        assertFitsAPhone(page, "room-next-steps-phone");

        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        node.getBean(ScriptEditing.class).save(project, 0, "INT. FERRY - NIGHT\n\nFog.\n");
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        Actors.signOut();

        page.reload();
        page.locator("#next-steps").waitFor();
        assertThat(steps(page)).containsExactly("script.write=DONE", "crew.invite=DONE", "shots.look=TO_DO");
        assertThat(steps(room(writer, project))).containsExactly("script.write=DONE", "shots.look=TO_DO");
        var viewerPage = room(viewer, project);
        assertThat(steps(viewerPage)).containsExactly("script.read=TO_DO", "shots.look=TO_DO");
        viewerPage.locator(".next-step[data-step='script.read'] a").click();
        viewerPage.waitForCondition(() -> viewerPage.url().endsWith("projects/" + project + "/script"));
    }

    @Test
    void anInvitedDirectorIsWelcomedAndToldWhatTheRoleCanDo() {
        var node = studio.node(0);
        Actors.create(node, "Ines Inviter").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Second Unit", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var path = node.getBean(InvitationService.class).invite(project, ProjectRole.DIRECTOR, null).path();
        Actors.signOut();
        var director = Actors.create(node, "Dora Director");

        Page page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), director.email(), Actors.PASSWORD);
        page.navigate(studio.url(0) + path);
        assertThat(page.locator("#role-abilities").textContent()).contains("Plan and edit the shot list")
                .contains("Approve takes").doesNotContain("Edit the script");
        page.locator("#accept-invitation").click();

        page.locator("#welcome").waitFor();
        assertThat(page.locator("#welcome").textContent()).contains("Welcome to Second Unit")
                .contains("You joined as Director").contains("Plan and edit the shot list")
                .contains("Generate takes").doesNotContain("Edit the script");
        Chromium.screenshot(page, "welcome-director");
        page.locator("#welcome-dismiss").click();
        page.waitForCondition(() -> page.locator("#welcome").count() == 0);
    }

    @Test
    void removingAMemberCanBeUndoneAndTheyComeBackWithTheSameRole() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Otto Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Keep The Crew", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Ed Editor");
        Actors.signOut();

        Page page = room(owner, project);
        var row = page.locator("#member-" + editor.id().value());
        row.waitFor();
        page.locator("#remove-" + editor.id().value()).click();
        page.locator("#undo-remove").waitFor();
        assertThat(page.locator("vaadin-notification-card").last().textContent())
                .contains("Ed Editor was removed from the project");
        page.waitForCondition(() -> row.count() == 0);
        owner.signIn();
        assertThat(node.getBean(Crew.class).members(project)).extracting(CrewMember::userId)
                .containsExactly(owner.id());
        Actors.signOut();

        page.locator("#undo-remove").click();
        row.waitFor();
        assertThat(row.locator(".member-role").getAttribute("data-role")).isEqualTo("EDITOR");
        owner.signIn();
        assertThat(node.getBean(Crew.class).members(project)).extracting(CrewMember::userId, CrewMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(owner.id(), ProjectRole.OWNER),
                        org.assertj.core.groups.Tuple.tuple(editor.id(), ProjectRole.EDITOR));
        Actors.signOut();
    }

    @Test
    void theProjectListFindsByNameAndSortsByLastChangeOrNameWithoutDrawingEveryCard() {
        var node = studio.node(0);
        var producer = Actors.create(node, "Petra Producer").signIn();
        var projects = node.getBean(ProjectManagement.class);
        for (int i = 0; i < 150; i++) {
            projects.create(new NewProject(String.format("Short %03d", i), "", ScriptLanguage.EN,
                    OutputFormat.VERTICAL_HD));
        }
        var noir = projects.create(new NewProject("Zebra Noir", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        producer.bringOnto(noir, ProjectRole.WRITER, "Walt Writer");
        producer.signIn();
        var apple = projects.create(new NewProject("Apple Noir", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        Actors.signOut();

        Page page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), producer.email(), Actors.PASSWORD);
        page.locator(".project-card").first().waitFor();
        // Newest change first: the last project made.
        assertThat(page.locator(".project-card .project-link").first().textContent()).isEqualTo("Apple Noir");
        assertThat(page.locator(".project-card").count()).isLessThan(100);
        Chromium.screenshot(page, "project-cards");

        page.locator("#project-search input").fill("noir");
        page.waitForCondition(() -> names(page).equals(List.of("Apple Noir", "Zebra Noir")));
        var zebra = page.locator("#project-" + noir);
        assertThat(zebra.locator(".project-role").textContent()).isEqualTo("Owner");
        assertThat(zebra.locator(".project-crew").textContent()).isEqualTo("2 members");
        assertThat(zebra.locator(".project-changed").textContent()).startsWith("Changed ");

        Chromium.choose(page, "project-sort", "Name");
        page.locator("#project-search input").fill("");
        page.waitForCondition(() -> names(page).size() > 2 && names(page).get(0).equals("Apple Noir")
                && names(page).get(1).equals("Short 000"));
        assertThat(names(page).subList(0, 3)).containsExactly("Apple Noir", "Short 000", "Short 001");
        assertThat(page.locator("#project-" + apple).count()).isEqualTo(1);
        assertFitsAPhone(page, "project-cards-phone");
    }

    /** At 390 px nothing is wider than the window: no sideways scrolling on a phone. */
    private static void assertFitsAPhone(Page page, String screenshot) {
        page.setViewportSize(390, 844);
        Chromium.awaitServer(page);
        Chromium.screenshot(page, screenshot);
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(390);
    }

    private static Page room(Actor actor, ProjectId project) {
        Page page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), actor.email(), Actors.PASSWORD);
        page.navigate(studio.url(0) + "projects/" + project);
        page.locator("#next-steps").waitFor();
        return page;
    }

    /** Each suggested step as "key=STATE", in the order shown. */
    private static List<String> steps(Page page) {
        return page.locator(".next-step").all().stream()
                .map(step -> step.getAttribute("data-step") + "=" + step.getAttribute("data-state")).toList();
    }

    private static List<String> names(Page page) {
        return page.locator(".project-card .project-link").allTextContents();
    }

    static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }
}
