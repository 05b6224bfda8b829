package org.filmfactory.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.util.Locale;
import java.util.Optional;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.review.ActivityFeed;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.ShotsWithTakes;
import org.filmfactory.testsupport.StandaloneUi;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "Waiting for you" in the room as a component over the real review feed. */
@StudioTest
class WaitingForMePanelIT {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        Actors.signOut();
        UI.setCurrent(null);
    }

    /**
     * Once every shot has a take, every shot waits for the director's approval: the room lists the first
     * {@link WaitingForMePanel#LISTED} and counts the rest, with a way to the storyboard, instead of listing them all.
     */
    @Test
    void manyShotsWaitingAreCountedNotAllListed() {
        StandaloneUi.create(Locale.ENGLISH);
        var owner = Actors.create(context, "Olga Owner").signIn();
        var project = context.getBean(ProjectManagement.class).create(
                new NewProject("Many shots", "", ScriptLanguage.EN, new OutputFormat(360, 640, 24)));
        var script = new StringBuilder();
        for (int scene = 1; scene <= 16; scene++) {
            script.append("INT. ROOM ").append(scene).append(" - DAY\n\nA lamp flickers.\n\n");
        }
        context.getBean(ScriptEditing.class).save(project, 0, script.toString());
        int shots = ShotsWithTakes.of(context, project).size();
        assertThat(shots).isGreaterThan(WaitingForMePanel.LISTED);

        var panel = new WaitingForMePanel(project, context.getBean(ActivityFeed.class),
                context.getBean(Breakdowns.class), context.getBean(LiveFollower.class));

        var items = find(panel, "waiting-approve").orElseThrow().getChildren().map(ListItem.class::cast).toList();
        assertThat(items).hasSize(WaitingForMePanel.LISTED + 1);
        // (This UI has no translations: the texts are checked in the browser; here, where the links lead.)
        var shotList = context.getBean(Breakdowns.class).shotList(project).shots();
        assertThat(items.getFirst().getElement().getChild(0).getAttribute("href"))
                .isEqualTo("projects/" + project + "/storyboard/" + shotList.getFirst().id());
        var more = items.getLast();
        assertThat(more.getClassNames()).contains("waiting-more");
        assertThat(more.getElement().getAttribute("data-count"))
                .isEqualTo(String.valueOf(shots - WaitingForMePanel.LISTED));
        assertThat(more.getElement().getChild(0).getAttribute("href"))
                .isEqualTo("projects/" + project + "/storyboard");
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }
}
