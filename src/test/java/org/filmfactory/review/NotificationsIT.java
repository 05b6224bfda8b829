package org.filmfactory.review;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.util.List;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is told what: mentions, replies in one's threads, decisions on shots whose take one made and people joining
 * one's project; never about one's own doing; the unread count and marking read; and nobody reads or marks another
 * person's notifications.
 */
@StudioTest
class NotificationsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transactions;

    Actor owner;
    Actor writer;
    Actor director;
    Actor editor;
    ProjectId project;

    @BeforeEach
    void crew() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    /** What {@code actor} finds in their bell: kind, who, excerpt, read, newest first. */
    private List<Notification> bellOf(Actor actor) {
        actor.signIn();
        return notifications.mine(0, 50);
    }

    /** The writer saves a one-shot script; the shot it derives. */
    private ShotId aShot() {
        writer.signIn();
        var revision = context.getBean(ScriptEditing.class).save(project, 0,
                "INT. POST OFFICE - NIGHT\n\nAn old clerk locks the counter drawer.\n").revision();
        var breakdowns = context.getBean(Breakdowns.class);
        return await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision)
                .shots().getFirst().id();
    }

    private void posted(Object event) {
        transactions.executeWithoutResult(status -> context.publishEvent(event));
    }

    private CommentPosted comment(CommentId id, CommentId thread, Actor author, Actor threadAuthor, ShotId shot,
            String excerpt, Actor... mentioned) {
        return new CommentPosted(project, id, thread, author.id().toString(), author.name(), false,
                threadAuthor.id().toString(), shot.toString(), null, excerpt,
                java.util.Arrays.stream(mentioned).map(a -> a.id().toString()).toList());
    }

    @Test
    void mentionedPeopleAndTheThreadsAuthorAreToldButNeverTheAuthor() {
        var shot = aShot();
        var reviews = context.getBean(Reviews.class);
        writer.signIn();
        var first = reviews.comment(project, new CommentTarget.OnShot(shot),
                "Can @[Dario Director](" + director.id() + ") look at the light? @[Wang Writer](" + writer.id()
                        + ")").id();
        director.signIn();
        var reply = reviews.reply(project, first, "Yes, and @[Edda Editor](" + editor.id() + ") too, "
                + "@[Dario Director](" + director.id() + ")").id();

        await().atMost(ofSeconds(10)).pollInSameThread().untilAsserted(() ->
                assertThat(bellOf(writer)).extracting(Notification::kind, Notification::actorName,
                        Notification::excerpt, Notification::commentId, Notification::read)
                        .containsExactly(tuple(NotificationKind.REPLY, "Dario Director",
                                "Yes, and @Edda Editor too, @Dario Director", reply, false)));
        await().atMost(ofSeconds(10)).pollInSameThread().untilAsserted(() ->
                assertThat(bellOf(editor)).extracting(Notification::kind, Notification::actorName,
                        Notification::excerpt)
                        .containsExactly(tuple(NotificationKind.MENTION, "Dario Director",
                                "Yes, and @Edda Editor too, @Dario Director")));
        var directors = bellOf(director);
        assertThat(directors).extracting(Notification::kind, Notification::actorName, Notification::excerpt,
                Notification::projectName, Notification::shotId, Notification::commentId)
                .containsExactly(tuple(NotificationKind.MENTION, "Wang Writer",
                        "Can @Dario Director look at the light? @Wang Writer", "Rain City", shot, first));
        assertThat(directors.getFirst().link())
                .isEqualTo("projects/" + project + "/storyboard/" + shot + "?comment=" + first);
        director.signIn();
        assertThat(context.getBean(org.filmfactory.platform.Translations.class).translate(java.util.Locale.ENGLISH,
                directors.getFirst().key(), directors.getFirst().arguments().toArray()))
                .isEqualTo("Wang Writer mentioned you in “Rain City”:"
                        + " “Can @Dario Director look at the light? @Wang Writer”");
    }

    @Test
    void replyingInOnesOwnThreadAndMentioningOutsidersTellsNobody() {
        var outsider = Actors.create(context, "Otto Outsider");
        var shot = new ShotId(java.util.UUID.randomUUID());
        var first = CommentId.random();
        posted(comment(first, first, writer, writer, shot, "Note to self", outsider));
        var reply = CommentId.random();
        posted(comment(reply, first, writer, writer, shot, "Still to self"));
        // A marker afterwards: once the editor has it, the earlier events were handled too.
        var marker = CommentId.random();
        posted(comment(marker, marker, director, director, shot, "marker", editor));
        await().atMost(ofSeconds(10)).pollInSameThread().until(() -> bellOf(editor).size() == 1);

        assertThat(bellOf(writer)).isEmpty();
        assertThat(bellOf(outsider)).isEmpty();
        assertThat(bellOf(director)).isEmpty();
    }

    @Test
    void decisionsOnAShotReachWhoMadeItsTake() {
        var shot = aShot();
        director.signIn();
        var takes = context.getBean(TakeGeneration.class);
        var job = takes.generate(project, shot, null);
        var queue = context.getBean(WorkQueue.class);
        assertThat(await().atMost(ofSeconds(120)).pollInSameThread()
                .until(() -> queue.status(job).orElseThrow().state(), JobState::finished)).isEqualTo(JobState.DONE);
        var take = takes.takes(project, shot).getFirst().id();

        var reviews = context.getBean(Reviews.class);
        owner.signIn();
        reviews.requestChanges(project, shot, "Warmer light");
        reviews.approve(project, shot, null);
        // The director deciding on their own take is not news to them.
        director.signIn();
        reviews.approve(project, shot, "Fine");
        posted(new TakeApproved(project, shot, new TakeId(java.util.UUID.randomUUID()), owner.id().toString(),
                "Olga Owner", "Unknown take"));

        await().atMost(ofSeconds(10)).pollInSameThread().untilAsserted(() ->
                assertThat(bellOf(director)).extracting(Notification::kind, Notification::actorName,
                        Notification::excerpt, Notification::shotId)
                        .containsExactlyInAnyOrder(tuple(NotificationKind.APPROVED, "Olga Owner", "", shot),
                                tuple(NotificationKind.CHANGES, "Olga Owner", "Warmer light", shot)));
        assertThat(bellOf(writer)).isEmpty();
        assertThat(bellOf(owner)).extracting(Notification::kind).containsOnly(NotificationKind.JOINED);
    }

    @Test
    void ownersAreToldWhenSomeoneAcceptsAnInvitation() {
        await().atMost(ofSeconds(10)).pollInSameThread().untilAsserted(() ->
                assertThat(bellOf(owner)).extracting(Notification::kind, Notification::actorName,
                        Notification::projectName, Notification::link)
                        .containsExactly(
                                tuple(NotificationKind.JOINED, "Edda Editor", "Rain City", "projects/" + project),
                                tuple(NotificationKind.JOINED, "Dario Director", "Rain City", "projects/" + project),
                                tuple(NotificationKind.JOINED, "Wang Writer", "Rain City", "projects/" + project)));
        assertThat(bellOf(writer)).isEmpty();
        assertThat(bellOf(editor)).isEmpty();
    }

    @Test
    void theUnreadCountFallsAsNotificationsAreRead() {
        await().atMost(ofSeconds(10)).pollInSameThread().until(() -> bellOf(owner).size() == 3);
        owner.signIn();
        assertThat(notifications.unreadCount()).isEqualTo(3);
        var newest = notifications.mine(0, 1).getFirst();

        var opened = notifications.open(newest.id());

        assertThat(opened.read()).isTrue();
        assertThat(opened.actorName()).isEqualTo("Edda Editor");
        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(notifications.mine(0, 50)).extracting(Notification::actorName, Notification::read)
                .containsExactly(tuple("Edda Editor", true), tuple("Dario Director", false),
                        tuple("Wang Writer", false));
        assertThat(notifications.mine(1, 1)).extracting(Notification::actorName).containsExactly("Dario Director");

        assertThat(notifications.markAllRead()).isEqualTo(2);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.mine(0, 50)).extracting(Notification::read).containsOnly(true);
    }

    @Test
    void nobodyReadsOrMarksAnotherPersonsNotification() {
        await().atMost(ofSeconds(10)).pollInSameThread().until(() -> bellOf(owner).size() == 3);
        owner.signIn();
        var owners = notifications.mine(0, 1).getFirst();

        director.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> notifications.open(owners.id()))
                .extracting(NotAllowed::messageKey).isEqualTo("project.error.not-allowed.view");
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> notifications.open(NotificationId.random()))
                .extracting(NotAllowed::messageKey).isEqualTo("project.error.not-allowed.view");
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> NotificationId.parse("../" + owners.id()))
                .extracting(NotAllowed::messageKey).isEqualTo("project.error.not-allowed.view");
        assertThat(notifications.markAllRead()).isZero();
        assertThat(notifications.mine(0, 50)).isEmpty();

        owner.signIn();
        assertThat(notifications.unreadCount()).isEqualTo(3);
        assertThat(notifications.mine(0, 1).getFirst()).isEqualTo(owners);
    }
}
