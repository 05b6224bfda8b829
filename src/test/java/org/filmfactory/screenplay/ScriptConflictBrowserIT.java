package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two writers save the same script in two browsers: the second save is stopped, and nothing typed is lost. */
class ScriptConflictBrowserIT {

    static StudioNodes studio;
    static Chromium chromium;

    @BeforeAll
    static void start() {
        studio = new StudioNodes(1, 5941).start();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        studio.close();
    }

    @Test
    void aSaveOnTopOfANewerSaveShowsBothVersionsAndOverwritesNothing() {
        var node = studio.node(0);
        var first = Actors.create(node, "Fang First").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("两个作者", "", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
        node.getBean(ScriptEditing.class).save(project, 0, "内景 茶馆 - 清晨\n\n雾气升起。\n");
        var path = node.getBean(InvitationService.class).invite(project, ProjectRole.WRITER, null).path();
        var second = Actors.create(node, "Sam Second").signIn();
        node.getBean(InvitationService.class).accept(path.substring("join/".length()));
        Actors.signOut();

        Page a = open(first.email(), project);
        Page b = open(second.email(), project);

        // Both start typing on revision 1; the first one saves.
        type(b, "\n外景 街道 - 日\n", false);
        type(a, "\n@老王\n早。\n", true);
        a.locator("#script-save").click();
        a.waitForCondition(() -> "2".equals(a.locator("#script-status").getAttribute("data-revision")));

        // The second one is told, and keeps what they typed.
        b.waitForCondition(() -> b.locator("#script-status").textContent().contains("revision 2 meanwhile"));
        assertThat(b.locator("#script-text textarea").inputValue()).contains("外景 街道 - 日");
        b.locator("#script-text textarea").focus();
        b.keyboard().press("Control+s");
        b.locator("#script-conflict").waitFor();
        assertThat(b.locator("#script-conflict").textContent()).contains("Fang First").contains("2");
        assertThat(b.locator("#script-theirs textarea").inputValue()).contains("@老王");
        assertThat(b.locator("#script-text textarea").inputValue()).contains("外景 街道 - 日").doesNotContain("@老王");
        Actors.create(node, "Checker");
        first.signIn();
        assertThat(node.getBean(ScriptEditing.class).open(project).text()).contains("@老王").doesNotContain("外景 街道");
        Actors.signOut();

        b.locator("#script-keep-mine").click();
        b.waitForCondition(() -> "3".equals(b.locator("#script-status").getAttribute("data-revision")));
        // The first writer's untouched editor follows the newest revision by itself.
        a.waitForCondition(() -> "3".equals(a.locator("#script-status").getAttribute("data-revision")));
        assertThat(a.locator("#script-text textarea").inputValue()).contains("外景 街道 - 日");
        Chromium.screenshot(b, "script-after-conflict");
    }

    private static Page open(String email, ProjectId project) {
        var page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), email, Actors.PASSWORD);
        page.navigate(studio.url(0) + "projects/" + project + "/script");
        page.locator("#script-text textarea").waitFor();
        return page;
    }

    /** Types at the end; {@code leave} moves the focus away afterwards (a person still typing does not). */
    private static void type(Page page, String text, boolean leave) {
        var area = page.locator("#script-text textarea");
        area.focus();
        page.keyboard().press("Control+End");
        page.keyboard().insertText(text);
        if (leave) {
            area.blur();
        }
    }
}
