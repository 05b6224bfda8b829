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
        var member = owner.bringOnto(project, ProjectRole.VIEWER, "Max Member");
        owner.signIn();
        var heard = new CopyOnWriteArrayList<LiveUpdate>();
        try (var subscription = feed.subscribe(project, heard::add)) {
            context.getBean(Crew.class).changeRole(project, member.id(), ProjectRole.DIRECTOR);

            await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(heard)
                    .containsExactly(new LiveUpdate.CrewChanged(member.id().toString())));
        }
        assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where listener_id like '%CrewRelay%'", Integer.class))
                .isZero();
    }
}
