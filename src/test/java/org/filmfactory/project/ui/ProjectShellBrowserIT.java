package org.filmfactory.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * Every project screen sits in one shell: the same name, role, avatars and tabs on each section; a malformed,
 * unknown or foreign project id is refused in the studio frame with a way back; at phone width the header fits.
 */
@BrowserStudio
class ProjectShellBrowserIT {

    static StudioNodes studio;
    static Chromium chromium;

    @Test
    void everySectionShowsTheSameHeaderAndASecondPersonsAvatarArrives() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Harbour Lights", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        Actors.signOut();
        var base = studio.url(0);
        var page = chromium.newUser();
        Chromium.signIn(page, base, owner.email(), Actors.PASSWORD);
        var sections = List.of("projects/" + project, "projects/" + project + "/script",
                "projects/" + project + "/shots", "projects/" + project + "/script/history");

        for (var section : sections) {
            page.navigate(base + section);
            page.locator("#project-shell #project-name").waitFor();
            assertThat(page.locator("#project-name").textContent()).isEqualTo("Harbour Lights");
            assertThat(page.locator("#my-role").getAttribute("data-role")).isEqualTo("OWNER");
            assertThat(page.locator("#project-tabs .project-tab").evaluateAll("tabs => tabs.map(t => t.textContent)"))
                    .isEqualTo(List.of("Room", "Script", "Shots", "Storyboard", "Review links", "Cut", "Sound", "Make film", "Films", "Activity", "Generation"));
            page.waitForFunction("() => document.querySelectorAll('#presence-bar .presence-avatar').length === 1");
        }

        var other = chromium.newUser();
        Chromium.signIn(other, base, writer.email(), Actors.PASSWORD);
        other.navigate(base + "projects/" + project + "/script");
        other.locator("#project-shell #project-name").waitFor();
        assertThat(other.locator("#my-role").getAttribute("data-role")).isEqualTo("WRITER");
        // The owner's generation settings and the review links (owners' and directors') are no tabs of a writer's.
        assertThat(other.locator("#project-tabs .project-tab").evaluateAll("tabs => tabs.map(t => t.textContent)"))
                .isEqualTo(List.of("Room", "Script", "Shots", "Storyboard", "Cut", "Sound", "Make film", "Films", "Activity"));
        page.waitForFunction("() => document.querySelectorAll('#presence-bar .presence-avatar').length === 2");
        assertThat(page.locator("#presence-bar .presence-avatar").evaluateAll("a => a.map(x => x.dataset.user)"))
                .isEqualTo(List.of(owner.id().toString(), writer.id().toString()));
        other.context().close();
        page.context().close();
    }

    @Test
    void malformedUnknownAndForeignProjectsAreRefusedInTheStudioFrame() {
        var node = studio.node(0);
        Actors.create(node, "Sam Stranger").signIn();
        var foreign = node.getBean(ProjectManagement.class).create(
                new NewProject("Not Yours", "", ScriptLanguage.EN, OutputFormat.SQUARE));
        var me = Actors.create(node, "Mo Member");
        Actors.signOut();
        var base = studio.url(0);
        var page = chromium.newUser();
        Chromium.signIn(page, base, me.email(), Actors.PASSWORD);

        for (var path : List.of("projects/not-a-project/script", "projects/" + new ProjectId(UUID.randomUUID()),
                "projects/" + foreign + "/shots", "projects/" + foreign + "/script/history")) {
            page.navigate(base + path);
            page.locator("#project-refused-reason").waitFor();
            assertThat(page.locator("#project-refused-reason").getAttribute("data-key"))
                    .isEqualTo("project.error.not-allowed.view");
            assertThat(page.locator("#project-refused-reason").textContent())
                    .isEqualTo("This project does not exist or you are not on its crew.");
            assertThat(page.locator("vaadin-app-layout #user-menu").count()).isEqualTo(1);
            assertThat(page.locator("#project-shell").count()).isZero();
        }
        page.locator("#project-refused-back").click();
        page.locator("#project-list").waitFor();
        page.context().close();
    }

    @Test
    void atPhoneWidthTheHeaderFitsTheScreen() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Pia Phone").signIn();
        var project = node.getBean(ProjectManagement.class).create(new NewProject(
                "A rather long project name that would push a header off a phone screen", "", ScriptLanguage.EN,
                OutputFormat.VERTICAL_HD));
        Actors.signOut();
        var base = studio.url(0);
        var page = chromium.newUser();
        Chromium.signIn(page, base, owner.email(), Actors.PASSWORD);
        page.setViewportSize(390, 844);

        for (var section : List.of("", "/script", "/shots", "/script/history")) {
            page.navigate(base + "projects/" + project + section);
            page.locator("#project-shell #project-name").waitFor();
            page.waitForFunction("() => document.querySelectorAll('#presence-bar .presence-avatar').length === 1");
            assertThat(tooWide(page)).as("header elements wider than 390 px on %s", section).isEmpty();
        }
        page.context().close();
    }

    /** Elements of the header wider than the viewport, or reaching past it (tabs scroll inside their own strip). */
    @SuppressWarnings("unchecked")
    private static List<String> tooWide(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const width = window.innerWidth;
                  const header = document.querySelector('#project-header');
                  const tabs = document.querySelector('#project-tabs');
                  return [header, ...header.querySelectorAll('*')].filter(e => {
                    const box = e.getBoundingClientRect();
                    if (box.width === 0) return false;
                    const inTabs = tabs.contains(e) && e !== tabs;
                    return box.width > width || (!inTabs && (box.left < 0 || box.right > width + 0.5));
                  }).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width));
                }""");
    }
}
