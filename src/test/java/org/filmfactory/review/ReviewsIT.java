package org.filmfactory.review;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.review.CommentTarget.OnScript;
import org.filmfactory.review.CommentTarget.OnShot;
import org.filmfactory.review.CommentTarget.OnTake;
import org.filmfactory.review.Drawing.Point;
import org.filmfactory.review.Drawing.Stroke;
import org.filmfactory.review.Drawing.Tool;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.ShotMark;
import org.filmfactory.take.ShotMarks;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.filmfactory.take.TakeView;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Comments and approvals through the facade, as members of each role and as forgers: frames at the take's
 * boundaries, drawings and text out of bounds, mentions, author-only edits, ids of another project, the approval's
 * way through review, guests of a review link, and a thousand comments on one take read in a few queries.
 */
@StudioTest
@RecordApplicationEvents
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ReviewsIT {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            Fluorescent light. An old clerk, TOMAS, locks the counter drawer.

            MAYA
            One letter. Registered. It has to go tonight.

            EXT. HARBOUR ROAD - NIGHT

            The rain stops all at once.
            """;
    static final int FRAMES = 12;

    @Autowired
    ApplicationContext context;
    @Autowired
    Reviews reviews;
    @Autowired
    TakeGeneration takes;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    ShotMarks marks;
    @Autowired
    UserDirectory directory;
    @Autowired
    EntityManagerFactory entities;
    @Autowired
    ApplicationEvents events;
    @TempDir
    Path folder;

    Path clip;
    Actor owner;
    Actor director;
    Actor writer;
    Actor editor;
    Actor viewer;
    ProjectId project;
    ShotList shots;
    TakeView take;

    ProjectId otherProject;
    ShotId otherShot;
    TakeId otherTake;
    CommentId otherComment;

    @BeforeEach
    void crewScriptAndTake() throws IOException {
        clip = folder.resolve("clip.mp4");
        context.getBean(VideoEncoder.class).encode(VideoFormat.VERTICAL_HD, FRAMES, (g, frame) -> {
            g.setColor(java.awt.Color.GRAY);
            g.fillRect(0, 0, 1080, 1920);
            g.setColor(java.awt.Color.ORANGE);
            g.fillRect(frame * 60, 900, 120, 120);
        }, clip, percent -> { }, () -> false);
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        writer.signIn();
        var revision = scripts.save(project, 0, SCRIPT).revision();
        shots = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        director.signIn();
        take = upload(project, shot(0));
        assertThat(take.frames()).isEqualTo(FRAMES);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    /** Another studio's project with a shot, a take and a comment: what a forger would send ids of. */
    private void anotherProject() throws IOException {
        Actors.create(context, "Stan Stranger").signIn();
        otherProject = context.getBean(ProjectManagement.class).create(
                new NewProject("Elsewhere", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var revision = scripts.save(otherProject, 0, SCRIPT).revision();
        var list = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(otherProject), s -> s.scriptRevision() == revision);
        otherShot = list.shots().getFirst().id();
        otherTake = upload(otherProject, otherShot).id();
        otherComment = reviews.comment(otherProject, new OnTake(otherShot, otherTake, 3L, null), "Theirs").id();
    }

    private ShotId shot(int index) {
        return shots.shots().get(index).id();
    }

    private TakeView upload(ProjectId into, ShotId shot) throws IOException {
        try (InputStream in = Files.newInputStream(clip)) {
            return takes.upload(into, shot, "clip.mp4", in, Files.size(clip));
        }
    }

    private OnTake at(long frame) {
        return new OnTake(shot(0), take.id(), frame, null);
    }

    private static void refused(Class<? extends UserFacingException> type, String key, Runnable call,
            Object... arguments) {
        assertThatExceptionOfType(type).isThrownBy(call::run)
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo(key))
                .satisfies(e -> assertThat(e.arguments()).containsExactly(arguments));
    }

    private List<String> texts(Supplier<List<CommentThread>> threads) {
        return threads.get().stream().map(thread -> thread.first().text()).toList();
    }

    // ------------------------------------------------------------------------------------------------- frames

    @Test
    void commentsLandOnTheFirstAndLastFrameAndAFrameBeyondIsRefused() {
        writer.signIn();
        reviews.comment(project, at(FRAMES - 1), "Last frame");
        reviews.comment(project, at(0), "First frame");
        reviews.comment(project, new OnTake(shot(0), take.id(), null, null), "The whole take");

        refused(CommentRefused.class, "review.error.frame", () -> reviews.comment(project, at(FRAMES), "Beyond"),
                (long) FRAMES, (long) FRAMES - 1);
        refused(CommentRefused.class, "review.error.frame", () -> reviews.comment(project, at(-1), "Before"),
                -1L, (long) FRAMES - 1);
        refused(CommentRefused.class, "review.error.frame",
                () -> reviews.comment(project, at(Long.MAX_VALUE), "Far"), Long.MAX_VALUE, (long) FRAMES - 1);

        assertThat(reviews.threadsOnTake(project, take.id()))
                .extracting(t -> ((OnTake) t.first().target()).frame(), t -> t.first().text())
                .containsExactly(tuple(0L, "First frame"), tuple((long) FRAMES - 1, "Last frame"),
                        tuple(null, "The whole take"));
    }

    // ------------------------------------------------------------------------------------------------- roles

    @Test
    void aViewerCannotCommentReplyOrResolveAndAWriterCan() {
        writer.signIn();
        var thread = reviews.comment(project, at(2), "Too dark here");

        viewer.signIn();
        refused(NotAllowed.class, "project.error.not-allowed.comment",
                () -> reviews.comment(project, at(2), "Forged"));
        refused(NotAllowed.class, "project.error.not-allowed.comment",
                () -> reviews.reply(project, thread.id(), "Forged reply"));
        refused(NotAllowed.class, "project.error.not-allowed.comment",
                () -> reviews.resolve(project, thread.id(), true));
        refused(NotAllowed.class, "project.error.not-allowed.comment",
                () -> reviews.comment(project, new OnShot(shot(0)), "Forged"));
        assertThat(reviews.threadsOnTake(project, take.id())).singleElement()
                .satisfies(t -> assertThat(t.replies()).isEmpty())
                .satisfies(t -> assertThat(t.resolved()).isFalse());

        writer.signIn();
        reviews.reply(project, thread.id(), "Agreed");
        assertThat(reviews.threadsOnTake(project, take.id())).singleElement()
                .satisfies(t -> assertThat(t.replies()).extracting(Comment::text).containsExactly("Agreed"));
    }

    @Test
    void anEditorAndAWriterCannotApproveOrAskForChangesAndADirectorCan() {
        var before = new ShotApproval(shot(0), ApprovalState.IN_REVIEW, take.id(), null, null, null);
        for (var forger : List.of(editor, writer, viewer)) {
            forger.signIn();
            refused(NotAllowed.class, "project.error.not-allowed.approve",
                    () -> reviews.approve(project, shot(0), null));
            refused(NotAllowed.class, "project.error.not-allowed.approve",
                    () -> reviews.requestChanges(project, shot(0), "Redo it"));
            assertThat(reviews.approval(project, shot(0))).isEqualTo(before);
        }
        assertThat(events.stream(TakeApproved.class)).isEmpty();
        assertThat(events.stream(ChangesRequested.class)).isEmpty();

        director.signIn();
        var approved = reviews.approve(project, shot(0), "Lovely");

        assertThat(approved).extracting(ShotApproval::state, ShotApproval::take, ShotApproval::decidedBy,
                ShotApproval::note).containsExactly(ApprovalState.APPROVED, take.id(), "Dario Director", "Lovely");
        assertThat(reviews.approval(project, shot(0))).isEqualTo(approved);
        assertThat(events.stream(TakeApproved.class)).containsExactly(new TakeApproved(project, shot(0), take.id(),
                director.id().toString(), "Dario Director", "Lovely"));
    }

    @Test
    void onlyTheAuthorEditsOrDeletesAndADeletedCommentKeepsItsPlace() {
        writer.signIn();
        var first = reviews.comment(project, at(4), "Draft note");
        director.signIn();
        var reply = reviews.reply(project, first.id(), "Which part?");

        for (var forger : List.of(owner, director, editor)) {
            forger.signIn();
            refused(NotAllowed.class, "project.error.not-allowed.comment",
                    () -> reviews.edit(project, first.id(), "Forged"));
            refused(NotAllowed.class, "project.error.not-allowed.comment",
                    () -> reviews.delete(project, first.id()));
        }
        assertThat(reviews.threadsOnTake(project, take.id())).singleElement()
                .satisfies(t -> assertThat(t.first()).isEqualTo(first));

        writer.signIn();
        var edited = reviews.edit(project, first.id(), "The **left** side is *too* dark");
        assertThat(edited.text()).isEqualTo("The **left** side is *too* dark");
        assertThat(edited.html()).isEqualTo("The <strong>left</strong> side is <em>too</em> dark");
        assertThat(edited.edited()).isNotNull().isAfterOrEqualTo(first.posted());
        reviews.delete(project, first.id());

        var thread = reviews.threadsOnTake(project, take.id()).getFirst();
        assertThat(thread.first()).extracting(Comment::id, Comment::text, Comment::html, Comment::deleted)
                .containsExactly(first.id(), "", "", true);
        assertThat(thread.replies()).containsExactly(reply);
        refused(CommentRefused.class, "review.error.deleted", () -> reviews.edit(project, first.id(), "Back"));
    }

    @Test
    void resolvingAndReopeningIsForAnyoneWhoMayComment() {
        writer.signIn();
        var first = reviews.comment(project, at(1), "Shaky");
        var reply = reviews.reply(project, first.id(), "Still shaky");

        editor.signIn();
        reviews.resolve(project, reply.id(), true);
        var thread = reviews.threadsOnTake(project, take.id()).getFirst();
        assertThat(thread).extracting(CommentThread::resolved, CommentThread::resolvedBy)
                .containsExactly(true, "Edda Editor");
        assertThat(thread.resolvedAt()).isNotNull();
        assertThat(marks.marks(project, List.of(shot(0)))).containsExactly(
                Map.entry(shot(0), new ShotMark("review.state.in-review", "contrast", 0)));

        writer.signIn();
        reviews.resolve(project, first.id(), false);
        assertThat(reviews.threadsOnTake(project, take.id()).getFirst())
                .extracting(CommentThread::resolved, CommentThread::resolvedBy, CommentThread::resolvedAt)
                .containsExactly(false, null, null);
    }

    // ------------------------------------------------------------------------------------- another project's ids

    @Test
    void idsOfAnotherProjectAreRefusedAndNothingChanges() throws IOException {
        anotherProject();
        writer.signIn();
        var mine = reviews.comment(project, at(0), "Mine");
        var forged = List.<Runnable>of(
                () -> reviews.comment(project, new OnTake(shot(0), otherTake, 0L, null), "Forged take"),
                () -> reviews.comment(project, new OnTake(otherShot, take.id(), 0L, null), "Forged shot"),
                () -> reviews.comment(project, new OnTake(otherShot, otherTake, 0L, null), "Forged both"),
                () -> reviews.comment(project, new OnShot(otherShot), "Forged shot"),
                () -> reviews.reply(project, otherComment, "Forged reply"),
                () -> reviews.edit(project, otherComment, "Forged edit"),
                () -> reviews.delete(project, otherComment),
                () -> reviews.resolve(project, otherComment, true),
                () -> reviews.guestComment(project, UUID.randomUUID(), "Guest",
                        new OnTake(otherShot, otherTake, 0L, null), "Forged guest"),
                () -> reviews.guestReply(project, UUID.randomUUID(), "Guest", otherComment, "Forged guest"));
        for (var call : forged) {
            refused(NotAllowed.class, "project.error.not-allowed.comment", call);
        }
        refused(NotAllowed.class, "project.error.not-allowed.view", () -> reviews.threadsOnTake(project, otherTake));
        refused(NotAllowed.class, "project.error.not-allowed.view", () -> reviews.threadsOnShot(project, otherShot));
        refused(NotAllowed.class, "project.error.not-allowed.view", () -> reviews.approval(project, otherShot));
        refused(NotAllowed.class, "project.error.not-allowed.view",
                () -> reviews.guestThreadsOnTake(project, otherTake));
        assertThat(reviews.guestThreadsOnShot(project, otherShot)).isEmpty();
        assertThat(reviews.approvals(project, List.of(otherShot))).containsExactly(Map.entry(otherShot,
                new ShotApproval(otherShot, ApprovalState.DRAFT, null, null, null, null)));
        director.signIn();
        refused(NotAllowed.class, "project.error.not-allowed.approve", () -> reviews.approve(project, otherShot, null));
        refused(NotAllowed.class, "project.error.not-allowed.approve",
                () -> reviews.requestChanges(project, otherShot, "No"));

        assertThat(reviews.threadsOnTake(project, take.id())).extracting(CommentThread::first).containsExactly(mine);
        assertThat(events.stream(CommentPosted.class).filter(posted -> posted.projectId().equals(project)))
                .extracting(CommentPosted::commentId).containsExactly(mine.id());
    }

    // --------------------------------------------------------------------------------------- what may be written

    @Test
    void emptyAndHugeTextIsRefusedAndTheLongestIsKept() {
        writer.signIn();
        refused(CommentRefused.class, "review.error.empty", () -> reviews.comment(project, at(0), " \n\t "));
        refused(CommentRefused.class, "review.error.too-long",
                () -> reviews.comment(project, at(0), "x".repeat(Reviews.MAX_TEXT + 1)), Reviews.MAX_TEXT);
        refused(CommentRefused.class, "review.error.too-long",
                () -> reviews.comment(project, at(0), "镜".repeat(5_000_000)), Reviews.MAX_TEXT);
        assertThat(reviews.threadsOnTake(project, take.id())).isEmpty();

        var longest = "长".repeat(Reviews.MAX_TEXT);
        reviews.comment(project, at(0), longest);
        assertThat(texts(() -> reviews.threadsOnTake(project, take.id()))).containsExactly(longest);
    }

    @Test
    void scriptTagsInACommentAreShownAsTextNeverAsMarkup() {
        writer.signIn();
        var comment = reviews.comment(project, at(0), "<script>alert(1)</script> [x](javascript:alert(1))");
        assertThat(comment.text()).isEqualTo("<script>alert(1)</script> [x](javascript:alert(1))");
        assertThat(comment.html()).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1))");
        assertThat(reviews.threadsOnTake(project, take.id())).extracting(t -> t.first().html())
                .containsExactly(comment.html());
    }

    @Test
    void absurdDrawingsAreRefusedAndSlightlyOutsideIsClampedOntoThePicture() {
        writer.signIn();
        var red = "#E03030";
        var cases = Map.<Drawing, String>of(
                new Drawing(List.of(new Stroke(Tool.ARROW, red, List.of(new Point(0.1, 0.1), new Point(5, 0.2))))),
                "review.error.drawing-outside",
                new Drawing(List.of(new Stroke(Tool.POINT, red, List.of(new Point(Double.NaN, 0.2))))),
                "review.error.drawing-outside",
                new Drawing(List.of(new Stroke(Tool.POINT, red, List.of(new Point(0.5, Double.NEGATIVE_INFINITY))))),
                "review.error.drawing-outside",
                new Drawing(List.of(new Stroke(Tool.POINT, "red", List.of(new Point(0.5, 0.5))))),
                "review.error.drawing",
                new Drawing(List.of(new Stroke(Tool.RECTANGLE, red, List.of(new Point(0.5, 0.5))))),
                "review.error.drawing",
                new Drawing(Collections.nCopies(Drawing.MAX_STROKES + 1,
                        new Stroke(Tool.POINT, red, List.of(new Point(0.5, 0.5))))),
                "review.error.drawing-size",
                new Drawing(List.of(new Stroke(Tool.FREEHAND, red,
                        Collections.nCopies(Drawing.MAX_POINTS + 1, new Point(0.5, 0.5))))),
                "review.error.drawing-size");
        cases.forEach((drawing, key) -> assertThatExceptionOfType(CommentRefused.class)
                .isThrownBy(() -> reviews.comment(project, new OnTake(shot(0), take.id(), 3L, drawing), "Look"))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo(key)));
        var fine = new Drawing(List.of(new Stroke(Tool.ELLIPSE, red, List.of(new Point(0.2, 0.3),
                new Point(0.6, 0.9)))));
        refused(CommentRefused.class, "review.error.drawing-frame",
                () -> reviews.comment(project, new OnTake(shot(0), take.id(), null, fine), "Where?"));
        assertThat(reviews.threadsOnTake(project, take.id())).isEmpty();

        var slipped = new Drawing(List.of(new Stroke(Tool.FREEHAND, red, List.of(new Point(-0.04, 0.5),
                new Point(0.5, 1.049), new Point(0.25, 0.75)))));
        reviews.comment(project, new OnTake(shot(0), take.id(), 3L, slipped), "Here");

        assertThat(reviews.threadsOnTake(project, take.id())).singleElement()
                .satisfies(t -> assertThat(t.first().target()).isEqualTo(new OnTake(shot(0), take.id(), 3L,
                        new Drawing(List.of(new Stroke(Tool.FREEHAND, "#e03030", List.of(new Point(0, 0.5),
                                new Point(0.5, 1), new Point(0.25, 0.75))))))));
    }

    @Test
    void mentionsMustBeOfTheCrewAndShowTheMembersCurrentName() {
        var outsider = Actors.create(context, "Otto Outsider");
        writer.signIn();
        refused(CommentRefused.class, "review.error.mention", () -> reviews.comment(project, at(5),
                "Ask @[Otto](" + outsider.id() + ") about it"), "Otto");
        refused(CommentRefused.class, "review.error.mention", () -> reviews.comment(project, at(5),
                "Ask @[Stan](" + UUID.randomUUID() + ")"), "Stan");

        var comment = reviews.comment(project, at(5), "@[Dario](" + director.id() + ") can you look?");
        assertThat(comment.mentioned()).containsExactly(director.id().toString());
        assertThat(comment.html()).isEqualTo("<span class=\"mention\">@Dario Director</span> can you look?");
        assertThat(events.stream(CommentPosted.class)).singleElement()
                .isEqualTo(new CommentPosted(project, comment.id(), comment.id(), writer.id().toString(),
                        "Wang Writer", false, null, shot(0).toString(), take.id().toString(),
                        "@Dario Director can you look?", List.of(director.id().toString())));

        director.signIn();
        directory.describeMyself("Dario 导演", Locale.ENGLISH);
        var reply = reviews.reply(project, comment.id(), "Yes, @[Wang Writer](" + writer.id() + ")");
        assertThat(events.stream(CommentPosted.class)).last().extracting(CommentPosted::threadAuthorUserId,
                CommentPosted::mentioned).containsExactly(writer.id().toString(), List.of(writer.id().toString()));

        var thread = reviews.threadsOnTake(project, take.id()).getFirst();
        assertThat(thread.first().html()).isEqualTo("<span class=\"mention\">@Dario 导演</span> can you look?");
        assertThat(thread.replies()).extracting(Comment::id, c -> c.author().name()).containsExactly(
                tuple(reply.id(), "Dario 导演"));
        assertThat(reviews.mentionable(project, "da")).extracting(Mentionable::userId, Mentionable::name)
                .containsExactly(tuple(director.id().toString(), "Dario 导演"));
        assertThat(reviews.mentionable(project, "导")).extracting(Mentionable::name).containsExactly("Dario 导演");
        assertThat(reviews.mentionable(project, "w")).extracting(Mentionable::name).containsExactly("Wang Writer");
    }

    // ------------------------------------------------------------------------------------------ shots and script

    @Test
    void threadsOnAShotCoverTheShotAndItsTakesAndScriptThreadsKeepTheirAnchor() {
        writer.signIn();
        var onTake = reviews.comment(project, at(0), "On the take");
        var onShot = reviews.comment(project, new OnShot(shot(0)), "On the shot");
        reviews.comment(project, new OnShot(shot(1)), "On another shot");
        var anchor = new OnScript(1, 12, 40, "Fluorescent light. An old clerk", false);
        var onScript = reviews.comment(project, anchor, "Name the clerk later?");
        reviews.reply(project, onScript.id(), "Yes");
        refused(CommentRefused.class, "review.error.anchor",
                () -> reviews.comment(project, new OnScript(1, 40, 12, "", false), "Backwards"));

        assertThat(reviews.threadsOnShot(project, shot(0))).extracting(t -> t.first().id())
                .containsExactly(onTake.id(), onShot.id());
        assertThat(reviews.threadsOnScript(project)).singleElement()
                .satisfies(t -> assertThat(t.first().target()).isEqualTo(anchor))
                .satisfies(t -> assertThat(t.replies()).extracting(Comment::text, Comment::target)
                        .containsExactly(tuple("Yes", anchor)));
    }

    // ------------------------------------------------------------------------------------------------ approvals

    @Test
    void aShotGoesIntoReviewIsApprovedAndSelectingAnotherTakeReopensReview() throws IOException {
        var bare = shot(1);
        assertThat(reviews.approval(project, bare))
                .isEqualTo(new ShotApproval(bare, ApprovalState.DRAFT, null, null, null, null));
        refused(ApprovalRefused.class, "review.error.no-take", () -> reviews.approve(project, bare, null));
        assertThat(reviews.approval(project, bare).state()).isEqualTo(ApprovalState.DRAFT);
        assertThat(reviews.approval(project, shot(0)))
                .isEqualTo(new ShotApproval(shot(0), ApprovalState.IN_REVIEW, take.id(), null, null, null));

        refused(ApprovalRefused.class, "review.error.note-required",
                () -> reviews.requestChanges(project, shot(0), "  "));
        var changes = reviews.requestChanges(project, shot(0), "Warmer light, please");
        assertThat(changes).extracting(ShotApproval::state, ShotApproval::take, ShotApproval::note)
                .containsExactly(ApprovalState.CHANGES_REQUESTED, take.id(), "Warmer light, please");
        assertThat(events.stream(ChangesRequested.class)).containsExactly(new ChangesRequested(project, shot(0),
                take.id(), director.id().toString(), "Dario Director", "Warmer light, please"));
        assertThat(marks.marks(project, List.of(shot(0), bare))).containsExactly(
                Map.entry(shot(0), new ShotMark("review.state.changes-requested", "error", 0)));

        var second = upload(project, shot(0));
        takes.select(project, second.id());
        await().pollInSameThread().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(reviews.approval(project, shot(0)))
                .isEqualTo(new ShotApproval(shot(0), ApprovalState.IN_REVIEW, second.id(), null, null, null)));

        var approved = reviews.approve(project, shot(0), null);
        assertThat(approved).extracting(ShotApproval::state, ShotApproval::take, ShotApproval::decidedBy,
                ShotApproval::note).containsExactly(ApprovalState.APPROVED, second.id(), "Dario Director", null);
        assertThat(marks.marks(project, List.of(shot(0)))).containsExactly(
                Map.entry(shot(0), new ShotMark("review.state.approved", "success", 0)));

        takes.select(project, take.id());
        await().pollInSameThread().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(reviews.approval(project, shot(0)))
                .isEqualTo(new ShotApproval(shot(0), ApprovalState.IN_REVIEW, take.id(), null, null, null)));
        assertThat(reviews.approvals(project, List.of(shot(0), bare))).containsExactly(
                Map.entry(shot(0), new ShotApproval(shot(0), ApprovalState.IN_REVIEW, take.id(), null, null, null)),
                Map.entry(bare, new ShotApproval(bare, ApprovalState.DRAFT, null, null, null, null)));
    }

    @Test
    void marksShowOpenThreadsPerShotAndLeaveOutQuietDrafts() {
        writer.signIn();
        reviews.comment(project, at(0), "One");
        var resolved = reviews.comment(project, at(1), "Two");
        reviews.resolve(project, resolved.id(), true);
        var deleted = reviews.comment(project, new OnShot(shot(0)), "Three");
        reviews.delete(project, deleted.id());
        reviews.comment(project, new OnShot(shot(1)), "Draft with a note");

        var window = shots.shots().stream().map(s -> s.id()).toList();
        var statistics = entities.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var shown = marks.marks(project, window);

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
        assertThat(shown).containsOnly(
                Map.entry(shot(0), new ShotMark("review.state.in-review", "contrast", 1)),
                Map.entry(shot(1), new ShotMark("review.state.draft", "", 1)));
    }

    // ---------------------------------------------------------------------------------------------------- guests

    @Test
    void aGuestCommentsAndRepliesOnTakesAndShotsOnlyWithoutMentions() {
        var link = UUID.randomUUID();
        Actors.signOut();
        var comment = reviews.guestComment(project, link, "  Cleo  Client ", at(FRAMES - 1), "Love the **light**");
        assertThat(comment.author()).isEqualTo(new CommentAuthor(null, "Cleo Client", true,
                Math.floorMod("Cleo Client".hashCode(), 7)));
        refused(CommentRefused.class, "review.error.frame",
                () -> reviews.guestComment(project, link, "Cleo", at(FRAMES), "Beyond"), (long) FRAMES,
                (long) FRAMES - 1);
        refused(CommentRefused.class, "review.error.guest-mention", () -> reviews.guestComment(project, link, "Cleo",
                at(0), "Hey @[Dario](" + director.id() + ")"));
        refused(CommentRefused.class, "review.error.guest-name",
                () -> reviews.guestComment(project, link, " ", at(0), "Hi"), Reviews.MAX_GUEST_NAME);
        refused(NotAllowed.class, "project.error.not-allowed.comment", () -> reviews.guestComment(project, link,
                "Cleo", new OnScript(1, 0, 4, "INT.", false), "Script"));

        writer.signIn();
        var script = reviews.comment(project, new OnScript(1, 0, 4, "INT.", false), "Crew only");
        Actors.signOut();
        refused(NotAllowed.class, "project.error.not-allowed.comment",
                () -> reviews.guestReply(project, link, "Cleo", script.id(), "Peek"));
        var reply = reviews.guestReply(project, link, "Cleo Client", comment.id(), "And the sound");

        assertThat(reviews.guestThreadsOnTake(project, take.id())).singleElement()
                .satisfies(t -> assertThat(t.first().html()).isEqualTo("Love the <strong>light</strong>"))
                .satisfies(t -> assertThat(t.replies()).containsExactly(reply));
        assertThat(reviews.guestThreadsOnShot(project, shot(0))).extracting(CommentThread::id)
                .containsExactly(comment.id());
        assertThat(events.stream(CommentPosted.class).filter(CommentPosted::guest))
                .extracting(CommentPosted::authorUserId, CommentPosted::authorName, CommentPosted::excerpt)
                .containsExactly(tuple(null, "Cleo Client", "Love the light"),
                        tuple(null, "Cleo Client", "And the sound"));
    }

    // -------------------------------------------------------------------------------------------- many comments

    @Test
    void aThousandCommentsOnOneTakeListInOrderInAFewQueries() {
        writer.signIn();
        var expected = new ArrayList<String>();
        for (int i = 0; i < 1000; i++) {
            var frame = (long) (i * 7 % FRAMES);
            reviews.comment(project, at(frame), "Note " + i);
        }
        for (int frame = 0; frame < FRAMES; frame++) {
            for (int i = 0; i < 1000; i++) {
                if (i * 7 % FRAMES == frame) {
                    expected.add("Note " + i);
                }
            }
        }
        var statistics = entities.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        var threads = reviews.threadsOnTake(project, take.id());

        long queries = statistics.getPrepareStatementCount();
        assertThat(threads).extracting(thread -> thread.first().text()).containsExactlyElementsOf(expected);
        assertThat(queries).isEqualTo(4);
    }
}
