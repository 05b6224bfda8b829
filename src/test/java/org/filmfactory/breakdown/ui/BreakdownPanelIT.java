package org.filmfactory.breakdown.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.stream.Stream;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneShots;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.FeatureScript;
import org.filmfactory.testsupport.StandaloneUi;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The breakdown beside the script of a feature, as a plain component over the real services. */
@StudioTest
class BreakdownPanelIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ScriptEditing editing;
    @Autowired
    LiveFollower follower;
    @Autowired
    Translations translations;

    ProjectId project;
    UI ui;

    @BeforeEach
    void feature() {
        ui = StandaloneUi.create(Locale.ENGLISH);
        var owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Feature", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        editing.save(project, 0, FeatureScript.ofScenes(150));
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
        UI.setCurrent(null);
    }

    @Test
    void aFeaturesBreakdownIsALazyListOfScenesNotAComponentPerSceneOrShot() {
        ShotList list = await().pollInSameThread().atMost(ofSeconds(30))
                .until(() -> breakdowns.shotList(project), shots -> shots.scriptRevision() == 1);
        var panel = new BreakdownPanel(project, breakdowns, follower, translations);
        ui.add(panel);

        var status = all(panel).filter(c -> c.getId().filter("breakdown-panel-status"::equals).isPresent())
                .findFirst().orElseThrow();
        // (Outside a servlet the component's own translations are not at hand; the browser test reads the words.)
        assertThat(status.getElement().getAttribute("data-revision")).isEqualTo("1");
        // Whatever the length: a heading, a status and one grid, which asks for the rows it shows.
        assertThat(all(panel).count()).isLessThan(10);
        @SuppressWarnings("unchecked")
        var grid = (Grid<SceneShots>) all(panel).filter(c -> c instanceof Grid<?>).findFirst().orElseThrow();
        assertThat(grid.getLazyDataView().getItems().limit(3).toList()).isEqualTo(list.scenes().subList(0, 3)
                .stream().map(scene -> new SceneShots(scene, list.shotsOf(scene.id()).size())).toList());
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(BreakdownPanelIT::all));
    }
}
