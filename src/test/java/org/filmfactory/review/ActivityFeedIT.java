package org.filmfactory.review;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.project.Crew;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptStep;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeView;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project's activity feed, written from what people really do: writing the script (one entry per person while they
 * keep typing), making and selecting takes, comments and decisions, crew changes; filtered by kind and person, and
 * readable by the crew only.
 */
@StudioTest
class ActivityFeedIT {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            Fluorescent light. An old clerk, TOMAS, locks the counter drawer.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    ActivityFeed feed;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    TakeGeneration takes;
    @Autowired
    Crew crew;
    @Autowired
    Reviews reviews;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @TempDir
    Path folder;

    Actor owner;
    Actor writer;
    Actor viewer;
    Actor director;
    ProjectId project;

    @BeforeEach
    void crew() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        awaitEntries(1);
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        awaitEntries(2);
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        awaitEntries(3);
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        awaitEntries(4);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    /** Waits until the feed holds {@code count} entries (entries are written after each action commits). */
    private List<ActivityEntry> awaitEntries(int count) {
        var reader = owner;
        return await().atMost(ofSeconds(30)).pollInSameThread().until(() -> {
            reader.signIn();
            return feed.page(project, ActivityFilter.ALL, null, 100).entries();
        }, entries -> entries.size() == count);
    }

    private List<ActivityEntry> all(ActivityFilter filter) {
        return feed.page(project, filter, null, ActivityFeed.MAX_PAGE).entries();
    }

    private Shot writeScript() {
        writer.signIn();
        var revision = scripts.save(project, 0, SCRIPT).revision();
        var list = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        return list.shots().getFirst();
    }

    /** The signed-in writer types {@code text} (one line) at the end, as the editor sends it. */
    private long type(String text) {
        var now = scripts.open(project);
        var change = "[" + now.text().length() + ",[0,\"" + text + "\"]]";
        var outcome = scripts.push(project, now.revision(), List.of(new ScriptStep("typist", change)));
        assertThat(outcome.accepted()).isTrue();
        return outcome.revision();
    }

    private TakeView upload(Shot shot) throws IOException {
        var picture = folder.resolve("still.png");
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        try (InputStream in = Files.newInputStream(picture)) {
            return takes.upload(project, shot.id(), "still.png", in, Files.size(picture));
        }
    }

    @Test
    void realActionsAppearNewestFirstWithWhoDidThem() throws IOException {
        var shot = writeScript();
        awaitEntries(5);
        writer.signIn();
        type("Rain falls.");
        var typed = type(" The clerk looks up.");
        // Typing on within a few minutes folds into the writer's one script entry, now at the latest revision.
        await().atMost(ofSeconds(30)).pollInSameThread().untilAsserted(() -> {
            owner.signIn();
            assertThat(all(new ActivityFilter(Set.of(ActivityKind.SCRIPT), null)))
                    .extracting(ActivityEntry::actorName, ActivityEntry::arguments)
                    .containsExactly(tuple("Wang Writer", List.of(Long.toString(typed))));
        });

        director.signIn();
        upload(shot);
        awaitEntries(6);
        director.signIn();
        var second = upload(shot);
        awaitEntries(7);
        director.signIn();
        takes.select(project, second.id());
        awaitEntries(8);
        owner.signIn();
        crew.changeRole(project, viewer.id(), ProjectRole.WRITER);
        var entries = awaitEntries(9);

        assertThat(entries).extracting(ActivityEntry::kind, ActivityEntry::actor, ActivityEntry::actorName,
                        ActivityEntry::summaryKey, ActivityEntry::arguments, ActivityEntry::link)
                .containsExactly(
                        tuple(ActivityKind.CREW, owner.id(), "Olga Owner", "activity.summary.role.writer",
                                List.of("Vera Viewer"), ActivityLink.CREW),
                        tuple(ActivityKind.TAKES, director.id(), "Dario Director", "activity.summary.take-selected",
                                List.of(), ActivityLink.shot(shot.id())),
                        tuple(ActivityKind.TAKES, director.id(), "Dario Director", "activity.summary.take-made",
                                List.of("2"), ActivityLink.shot(shot.id())),
                        tuple(ActivityKind.TAKES, director.id(), "Dario Director", "activity.summary.take-made",
                                List.of("1"), ActivityLink.shot(shot.id())),
                        tuple(ActivityKind.SCRIPT, writer.id(), "Wang Writer", "activity.summary.script",
                                List.of(Long.toString(typed)), ActivityLink.SCRIPT),
                        tuple(ActivityKind.CREW, director.id(), "Dario Director", "activity.summary.joined.director",
                                List.of(), ActivityLink.CREW),
                        tuple(ActivityKind.CREW, viewer.id(), "Vera Viewer", "activity.summary.joined.viewer",
                                List.of(), ActivityLink.CREW),
                        tuple(ActivityKind.CREW, writer.id(), "Wang Writer", "activity.summary.joined.writer",
                                List.of(), ActivityLink.CREW),
                        tuple(ActivityKind.CREW, owner.id(), "Olga Owner", "activity.summary.joined.owner",
                                List.of(), ActivityLink.CREW));
        assertThat(entries).extracting(ActivityEntry::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void commentsAndDecisionsAreEntriesOfTheirShotOrOfTheScript() throws IOException {
        var shot = writeScript();
        awaitEntries(5);
        director.signIn();
        upload(shot);
        awaitEntries(6);
        writer.signIn();
        var comment = reviews.comment(project, new CommentTarget.OnShot(shot.id()), "Too   **dark**\nhere");
        awaitEntries(7);
        director.signIn();
        reviews.reply(project, comment.id(), "Agreed, @[Wang Writer](" + writer.id() + ")");
        awaitEntries(8);
        director.signIn();
        reviews.requestChanges(project, shot.id(), "Brighter, please");
        var entries = awaitEntries(9);

        assertThat(entries.subList(0, 3)).extracting(ActivityEntry::kind, ActivityEntry::actor,
                        ActivityEntry::actorName, ActivityEntry::summaryKey, ActivityEntry::arguments,
                        ActivityEntry::link)
                .containsExactly(
                        tuple(ActivityKind.DECISIONS, director.id(), "Dario Director",
                                "activity.summary.changes-requested", List.of("Brighter, please"),
                                ActivityLink.shot(shot.id())),
                        tuple(ActivityKind.COMMENTS, director.id(), "Dario Director", "activity.summary.replied",
                                List.of("Agreed, @Wang Writer"), ActivityLink.shot(shot.id())),
                        tuple(ActivityKind.COMMENTS, writer.id(), "Wang Writer", "activity.summary.commented",
                                List.of("Too dark here"), ActivityLink.shot(shot.id())));
    }

    @Test
    void aGuestsCommentOnTheScriptNamesTheGuest() {
        var comment = new CommentId(java.util.UUID.randomUUID());
        transactions.executeWithoutResult(tx -> events.publishEvent(new CommentPosted(project, comment, comment,
                null, "Cora Client", true, null, null, null, "Lovely", List.of())));

        assertThat(awaitEntries(5).getFirst()).extracting(ActivityEntry::kind, ActivityEntry::actor,
                        ActivityEntry::actorName, ActivityEntry::summaryKey, ActivityEntry::arguments,
                        ActivityEntry::link)
                .containsExactly(ActivityKind.COMMENTS, null, "Cora Client", "activity.summary.commented-script",
                        List.of("Lovely"), ActivityLink.SCRIPT);
    }

    @Test
    void filtersByKindAndByPerson() {
        writeScript();
        awaitEntries(5);
        owner.signIn();
        crew.changeRole(project, viewer.id(), ProjectRole.EDITOR);
        awaitEntries(6);
        viewer.signIn();

        assertThat(all(new ActivityFilter(Set.of(ActivityKind.SCRIPT), null)))
                .extracting(ActivityEntry::summaryKey, ActivityEntry::actorName)
                .containsExactly(tuple("activity.summary.script", "Wang Writer"));
        assertThat(all(new ActivityFilter(Set.of(), owner.id())))
                .extracting(ActivityEntry::summaryKey)
                .containsExactly("activity.summary.role.editor", "activity.summary.joined.owner");
        assertThat(all(new ActivityFilter(Set.of(ActivityKind.CREW), writer.id())))
                .extracting(ActivityEntry::summaryKey)
                .containsExactly("activity.summary.joined.writer");
        assertThat(all(new ActivityFilter(Set.of(ActivityKind.SCRIPT, ActivityKind.TAKES), owner.id()))).isEmpty();
    }

    @Test
    void someoneOutsideTheCrewIsRefusedAndTheFeedStaysAsItWas() {
        var before = awaitEntries(4);
        var stranger = Actors.create(context, "Sam Stranger").signIn();

        assertThatExceptionOfType(NotAllowed.class)
                .isThrownBy(() -> feed.page(project, ActivityFilter.ALL, null, 50))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("project.error.not-allowed.view"));
        assertThat(awaitEntries(4)).isEqualTo(before);
    }
}
