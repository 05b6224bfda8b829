package org.filmfactory.collab.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.Crew;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A crew change reaches the feed straight after its commit, as a typed update naming the person, and leaves no
 * row in the event publication registry: a screen refresh is not a business consequence.
 */
@StudioTest
class CrewRelayIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectFeed feed;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void roleChangeReachesTheFeedWithoutAPublicationRecord() {
        var owner = Actors.create(context, "Rita Relay").signIn();
        var project = context.getBean(ProjectManagement.class).create(
                new NewProject("Relay", "", ScriptLanguage.EN, OutputFormat.SQUARE));
        var heard = new CopyOnWriteArrayList<LiveUpdate>();
        try (var subscription = feed.subscribe(project, heard::add)) {
            var member = owner.bringOnto(project, ProjectRole.VIEWER, "Max Member");
            owner.signIn();
            // The topic delivers asynchronously: the joining's own update is let through first, so it cannot be
            // taken for the role change's.
            var changed = new LiveUpdate.CrewChanged(member.id().toString());
            await().atMost(ofSeconds(10)).until(() -> heard.contains(changed));
            heard.clear();

            context.getBean(Crew.class).changeRole(project, member.id(), ProjectRole.DIRECTOR);

            await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(heard)
                    .filteredOn(LiveUpdate.CrewChanged.class::isInstance).containsExactly(changed));
        }
        assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like '%CrewRelay%'", Integer.class))
                .isZero();
    }
}
