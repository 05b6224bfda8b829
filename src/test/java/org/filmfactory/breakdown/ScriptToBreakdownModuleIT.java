package org.filmfactory.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.filmfactory.breakdown.internal.BreakdownStore;
import org.filmfactory.breakdown.internal.StoredBreakdown;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScreenplayRevised;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * Breakdown with only what it depends on (screenplay, collab, project, account, platform): a saved script revision
 * announces {@link ScreenplayRevised}, and the breakdown follows it to that revision.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class ScriptToBreakdownModuleIT {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            Fluorescent light. An old clerk, TOMAS, locks the counter drawer.

            EXT. HARBOUR ROAD - NIGHT

            The rain stops all at once.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptEditing editing;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    BreakdownStore store;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void aSavedRevisionIsAnnounced(Scenario scenario) {
        var owner = Actors.create(context, "Olga Owner").signIn();
        var project = context.getBean(ProjectManagement.class)
                .create(new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        scenario.stimulate(() -> editing.save(project, 0, SCRIPT))
                .andWaitForEventOfType(ScreenplayRevised.class)
                .matching(revised -> revised.projectId().equals(project))
                .toArriveAndVerify(revised -> assertThat(revised)
                        .isEqualTo(new ScreenplayRevised(project, 1, java.util.List.of(owner.id()))));
    }

    @Test
    void theBreakdownFollowsASavedRevision(Scenario scenario) {
        var project = newProject();
        scenario.stimulate(() -> editing.save(project, 0, SCRIPT))
                .andWaitForStateChange(() -> derivedFrom(project), revision -> revision == 1)
                .andVerify(revision -> assertThat(breakdowns.scenes(project)).extracting(BreakdownScene::heading)
                        .containsExactly("INT. POST OFFICE - NIGHT", "EXT. HARBOUR ROAD - NIGHT"));
    }

    private ProjectId newProject() {
        Actors.create(context, "Olga Owner").signIn();
        return context.getBean(ProjectManagement.class)
                .create(new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
    }

    /** The script revision the stored breakdown was derived from; read without a signed-in person. */
    private long derivedFrom(ProjectId project) {
        return store.find(project).map(StoredBreakdown::scriptRevision).orElse(0L);
    }
}
