package org.filmfactory.review.internal.activity;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.review.ActivityEntry;
import org.filmfactory.review.ActivityFeed;
import org.filmfactory.review.ActivityFilter;
import org.filmfactory.review.ActivityKind;
import org.filmfactory.review.ActivityLink;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The feed of a feature-length project, thousands of entries, read page by page without loss or repetition. */
@StudioTest
class ActivityPagingIT {

    static final int ENTRIES = 1_250;

    @Autowired
    ApplicationContext context;
    @Autowired
    ActivityFeed feed;
    @Autowired
    ActivityLog log;

    Actor owner;
    Actor viewer;
    ProjectId project;
    /** Ids of the entries written here, oldest first. */
    List<Long> written = new ArrayList<>();

    @BeforeEach
    void aLongFeed() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Feature", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        // The two joins first, so the entries below are the newest.
        await().atMost(ofSeconds(30)).pollInSameThread()
                .until(() -> feed.page(project, ActivityFilter.ALL, null, 10).entries().size() == 2);
        var at = Instant.parse("2026-12-01T10:00:00Z");
        for (int i = 0; i < ENTRIES; i++) {
            var kind = i % 5 == 0 ? ActivityKind.COMMENTS : ActivityKind.SCRIPT;
            var actor = i % 2 == 0 ? owner : viewer;
            written.add(log.append(new ActivityLog.NewEntry(project, at.plusSeconds(i), kind, actor.id(),
                    actor.name(), "activity.summary.script", List.of(Integer.toString(i)), ActivityLink.SCRIPT)));
        }
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    /** Walks the whole filtered feed in pages of {@code size}; returns the ids in the order read. */
    private List<Long> walk(ActivityFilter filter, int size) {
        var ids = new ArrayList<Long>();
        Long before = null;
        int pages = 0;
        do {
            var page = feed.page(project, filter, before, size);
            page.entries().forEach(entry -> ids.add(entry.id()));
            assertThat(page.entries().size()).isEqualTo(page.next() == null ? page.entries().size() : size);
            before = page.next();
            pages++;
        } while (before != null);
        assertThat(pages).isEqualTo((ids.size() + size - 1) / size);
        return ids;
    }

    @Test
    void everyEntryIsReadOnceNewestFirstAcrossPages() {
        viewer.signIn();

        var ids = walk(ActivityFilter.ALL, 100);

        assertThat(ids).hasSize(ENTRIES + 2);
        assertThat(ids.subList(0, ENTRIES)).containsExactlyElementsOf(written.reversed());
        assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void filtersHoldAcrossPages() {
        viewer.signIn();

        var comments = walk(new ActivityFilter(Set.of(ActivityKind.COMMENTS), null), 64);
        var owners = walk(new ActivityFilter(Set.of(ActivityKind.SCRIPT), owner.id()), 64);

        var expectedComments = new ArrayList<Long>();
        var expectedOwners = new ArrayList<Long>();
        for (int i = ENTRIES - 1; i >= 0; i--) {
            if (i % 5 == 0) {
                expectedComments.add(written.get(i));
            } else if (i % 2 == 0) {
                expectedOwners.add(written.get(i));
            }
        }
        assertThat(comments).containsExactlyElementsOf(expectedComments);
        assertThat(owners).containsExactlyElementsOf(expectedOwners);
        assertThat(feed.page(project, ActivityFilter.ALL, written.get(1), 10).entries())
                .extracting(ActivityEntry::summaryKey, ActivityEntry::arguments)
                .containsExactly(tuple("activity.summary.script", List.of("0")),
                        tuple("activity.summary.joined.viewer", List.of()),
                        tuple("activity.summary.joined.owner", List.of()));
    }
}
