package org.filmfactory.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The director watches the project's activity on node A while the writer types in the script on node B: the writer's
 * entry appears without a reload. The director's room lists the shot whose new take waits for their approval.
 */
@BrowserStudio(nodes = 2)
class ActivityBrowserIT {

    static final String SCRIPT = """
            INT. KITCHEN - NIGHT

            MAYA pours tea. The kettle still steams.
            """;

    static final OutputFormat FORMAT = new OutputFormat(360, 640, 24);

    static StudioNodes nodes;
    static Chromium chromium;

    @TempDir
    Path folder;

    @Test
    void anotherBrowsersActionAppearsLiveAndTheRoomListsWhatWaitsForTheDirector() throws IOException {
        var nodeA = nodes.node(0);
        var owner = Actors.create(nodeA, "Olga Owner").signIn();
        var project = nodeA.getBean(ProjectManagement.class).create(
                new NewProject("Tea", "", ScriptLanguage.EN, FORMAT));
        nodeA.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        var shot = Awaitility.await().pollInSameThread()
                .until(() -> nodeA.getBean(Breakdowns.class).shots(project), s -> !s.isEmpty()).getFirst();
        // Two takes, the second one circled: the shot is in review.
        var takes = nodeA.getBean(TakeGeneration.class);
        upload(takes, project, shot.id());
        var second = upload(takes, project, shot.id());
        takes.select(project, second);
        Actors.signOut();

        var directorPage = open(nodes.url(0), director.email(), "projects/" + project + "/activity");
        var writerPage = open(nodes.url(1), writer.email(), "projects/" + project + "/script");
        try {
            directorPage.locator("#activity-feed .activity-entry").first().waitFor();
            directorPage.waitForCondition(() -> directorPage.locator("#activity-feed .activity-entry").count() >= 5);
            assertThat(firstEntry(directorPage)).isEqualTo("Dario Director selected a take of shot 1.1 · just now");
            directorPage.evaluate("() => window.__noReload = true");

            writerPage.locator("ff-script-editor .cm-content").waitFor();
            writerPage.locator("ff-script-editor .cm-line").last().click();
            writerPage.keyboard().press("End");
            writerPage.keyboard().type(" Steam rises.");

            directorPage.waitForCondition(() -> firstEntry(directorPage).startsWith("Wang Writer wrote the script"),
                    new Page.WaitForConditionOptions().setTimeout(30_000));
            assertThat(firstEntry(directorPage)).matches("Wang Writer wrote the script \\(revision \\d+\\) · just now");
            assertThat(directorPage.locator("#activity-feed .activity-entry").first().getAttribute("data-kind"))
                    .isEqualTo("SCRIPT");
            assertThat(directorPage.evaluate("() => window.__noReload === true")).isEqualTo(true);

            directorPage.navigate(nodes.url(0) + "projects/" + project);
            directorPage.locator("#waiting-for-me").waitFor();
            assertThat(directorPage.locator("#waiting-approve li").allTextContents()).containsExactly("Shot 1.1");
            assertThat(directorPage.locator("#waiting-approve a").getAttribute("href"))
                    .isEqualTo("projects/" + project + "/storyboard/" + shot.id());

            var writerRoom = writerPage;
            writerRoom.navigate(nodes.url(1) + "projects/" + project);
            writerRoom.locator("#waiting-for-me").waitFor();
            assertThat(writerRoom.locator("#waiting-for-me p").textContent()).isEqualTo("Nothing waits for you.");
        } finally {
            Chromium.screenshot(directorPage, "activity-director");
            Chromium.screenshot(writerPage, "activity-writer");
        }
    }

    private static String firstEntry(Page page) {
        return page.locator("#activity-feed .activity-entry").first().innerText().replaceAll("\\s+", " ").strip();
    }

    private org.filmfactory.take.TakeId upload(TakeGeneration takes, ProjectId project,
            org.filmfactory.breakdown.ShotId shot) throws IOException {
        var picture = folder.resolve("still.png");
        ImageIO.write(new BufferedImage(64, 96, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        try (InputStream in = Files.newInputStream(picture)) {
            return takes.upload(project, shot, "still.png", in, Files.size(picture)).id();
        }
    }

    private static Page open(String base, String email, String path) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, email, Actors.PASSWORD);
        page.navigate(base + path);
        return page;
    }
}
