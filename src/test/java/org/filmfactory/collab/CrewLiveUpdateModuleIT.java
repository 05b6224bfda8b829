package org.filmfactory.collab;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.project.Crew;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
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
 * Collab with only what it depends on (project, account, platform): a crew change committed in {@code project}
 * reaches a subscriber of that project's feed. The check is only "a delivery naming the member arrives for that
 * project", whatever form the live update takes.
 */
// Modulith bootstraps only the dependencies it sees collab's beans use; the project and account beans the test drives
// are named here.
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"project", "account"})
@ActiveProfiles("test")
class CrewLiveUpdateModuleIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectManagement projects;
    @Autowired
    Crew crew;
    @Autowired
    ProjectFeed feed;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void aRoleChangeReachesTheProjectsSubscribers(Scenario scenario) {
        var owner = Actors.create(context, "Olga Owner").signIn();
        var project = projects.create(new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var other = projects.create(new NewProject("Elsewhere", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var here = new CopyOnWriteArrayList<LiveUpdate>();
        var there = new CopyOnWriteArrayList<LiveUpdate>();
        try (var onProject = feed.subscribe(project, here::add);
                var onOther = feed.subscribe(other, there::add)) {
            var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
            owner.signIn();
            var changed = new LiveUpdate.CrewChanged(writer.id().toString());
            // The topic delivers asynchronously: the joining's own updates (and the newcomer's profile, broadcast to
            // every project) are let through first, so they cannot be taken for the role change's. One topic carries
            // both projects' updates in order, so once the joining has arrived here, all before it has arrived there.
            await().atMost(ofSeconds(10)).until(() -> here.contains(changed));
            here.clear();
            there.clear();
            scenario.stimulate(() -> crew.changeRole(project, writer.id(), ProjectRole.DIRECTOR))
                    .andWaitForStateChange(() -> crewChanges(here), deliveries -> !deliveries.isEmpty())
                    .andVerify(deliveries -> assertThat(deliveries).containsExactly(changed));
            assertThat(crewChanges(there)).isEmpty();
        }
    }

    private static List<LiveUpdate> crewChanges(List<LiveUpdate> deliveries) {
        return deliveries.stream().filter(LiveUpdate.CrewChanged.class::isInstance).toList();
    }
}
