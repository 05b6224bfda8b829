package org.filmfactory.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.filmfactory.platform.ui.Coalescer;
import org.filmfactory.account.UserId;
import org.filmfactory.collab.Attendee;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.review.ApprovalState;
import org.filmfactory.review.Comment;
import org.filmfactory.review.CommentId;
import org.filmfactory.review.CommentTarget;
import org.filmfactory.review.CommentThread;
import org.filmfactory.review.Drawing;
import org.filmfactory.review.internal.CommentMarkup;
import org.filmfactory.review.Reviews;
import org.filmfactory.review.ShotApproval;
import org.filmfactory.take.TakeView;
import org.filmfactory.take.ui.FrameNote;
import org.filmfactory.take.ui.ShotPageContext;
import org.filmfactory.take.ui.SketchTool;
import org.jspecify.annotations.Nullable;

/**
 * The review of one shot, below its player: the shot's approval with Approve and Request changes for those who may
 * decide; the threads on the shot and its takes (a thread pinned to a frame of the take on screen names the frame and
 * its timecode, and a click puts the player there), each with its replies, a reply box, resolve and reopen, and edit
 * and delete of one's own comments; a filter (open, resolved, all); and the composer, on the take on screen or on the
 * whole shot, optionally pinned to the frame on screen with a drawing made on the picture. The threads of the take on
 * screen go to the player as frame notes. Live: any review change to this shot on any node re-reads the threads and
 * the approval, at most once per {@link #PUSH_INTERVAL}. The server checks every action again; the buttons shown are
 * only a courtesy.
 */
final class ReviewPanel extends Div {

    /** Review changes reach the browser at most this often. */
    static final Duration PUSH_INTERVAL = Duration.ofMillis(250);
    /** The longest start of a comment shown on a frame marker. */
    private static final int LABEL = 60;
    /**
     * Threads drawn at first, the newest; earlier ones come a page at a time on request. A shot with a thousand
     * comments would otherwise cost the server some fifteen thousand components per open page (issue 12).
     */
    static final int PAGE = 30;

    /** Which threads are listed. */
    enum Filter {
        OPEN, RESOLVED, ALL
    }

    /** What a new comment is about. */
    enum On {
        TAKE, SHOT
    }

    private final ShotPageContext context;
    private final Reviews reviews;
    private final ProjectAccess access;
    private final String me;
    private final int myColour;
    private final Translations translations;

    private final Span state = new Span();
    private final Span decided = new Span();
    private final Div note = new Div();
    private final Button approve = new Button();
    private final Button requestChanges = new Button();
    private final Select<Filter> filter = new Select<>();
    private final Div threads = new Div();
    private final Button earlier = new Button();
    /** How many of the newest listed threads are drawn. */
    private int window = PAGE;
    private List<CommentThread> listed = List.of();
    private final Div composer = new Div();
    private final RadioButtonGroup<On> on = new RadioButtonGroup<>();
    /** Pin to the frame on screen: a toggle button (the shot page's route loads no checkbox). */
    private final Button pin = new Button();
    private boolean pinned = true;
    private final ChangesForm changes = new ChangesForm();
    private final Div tools = new Div();
    private final Map<SketchTool, Button> toolButtons = new HashMap<>();
    private final Button stopDrawing = new Button();
    private final CommentBox text;

    /** Open reply and edit boxes, kept across refreshes so nobody loses what they are typing. */
    private final Map<CommentId, CommentBox> replies = new HashMap<>();
    private final Map<CommentId, CommentBox> edits = new HashMap<>();
    private final Map<CommentId, Drawn> drawn = new HashMap<>();

    private @Nullable SketchTool drawing;
    private boolean mayComment;
    private boolean mayApprove;
    private List<CommentThread> shown = List.of();
    private @Nullable Registration noteClicks;
    private @Nullable Registration sketchCancels;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final Coalescer pushes = new Coalescer(PUSH_INTERVAL, this::flush);

    ReviewPanel(ShotPageContext context, Reviews reviews, ProjectAccess access, UserId me, LiveFollower follower,
            Translations translations) {
        this.context = context;
        this.reviews = reviews;
        this.access = access;
        this.me = me.toString();
        this.myColour = Attendee.colorOf(me);
        this.translations = translations;
        setId("review-panel");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "0").set("max-width", "100%").set("box-sizing", "border-box")
                .set("overflow-wrap", "anywhere");

        // The approval.
        state.setId("review-state");
        decided.setId("review-decided");
        decided.addClassName("studio-muted");
        decided.getStyle().set("font-size", "var(--lumo-font-size-s)");
        note.setId("review-note");
        note.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)");
        approve.setId("review-approve");
        approve.setText(getTranslation("review.panel.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.addClickListener(e -> approve());
        requestChanges.setId("review-request-changes");
        requestChanges.setText(getTranslation("review.panel.request-changes"));
        requestChanges.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        requestChanges.addClickListener(e -> askForChanges());
        var title = new H3(getTranslation("review.panel.title"));
        title.getStyle().set("margin", "0");
        var decision = new Div(title, state, decided, approve, requestChanges);
        decision.setId("review-approval");
        decision.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");

        // The threads.
        filter.setId("review-filter");
        filter.setAriaLabel(getTranslation("review.panel.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> getTranslation("review.panel.filter." + f.name().toLowerCase(Locale.ROOT)));
        filter.setValue(Filter.OPEN);
        filter.setWidth("10rem");
        filter.addValueChangeListener(e -> {
            window = PAGE;
            showThreads();
        });
        earlier.setId("review-earlier");
        earlier.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        earlier.getStyle().set("align-self", "flex-start");
        earlier.addClickListener(e -> {
            window += PAGE;
            showThreads();
        });
        threads.setId("review-threads");
        threads.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("min-width", "0");

        // The composer.
        composer.setId("review-composer");
        on.setId("review-on");
        on.setItems(On.values());
        on.setItemLabelGenerator(o -> getTranslation("review.panel.on." + o.name().toLowerCase(Locale.ROOT)));
        on.setValue(On.TAKE);
        on.addValueChangeListener(e -> showComposerState());
        pin.setId("review-pin");
        pin.setText(getTranslation("review.panel.pin"));
        pin.addThemeVariants(ButtonVariant.LUMO_SMALL);
        pin.getStyle().set("align-self", "flex-start");
        pin.addClickListener(e -> {
            pinned = !pinned;
            showComposerState();
        });
        changes.addConfirmListener(e -> requestChanges(e.note()));
        tools.setId("review-tools");
        tools.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("align-items", "center");
        var drawLabel = new Span(getTranslation("review.panel.draw"));
        drawLabel.addClassName("studio-muted");
        drawLabel.getStyle().set("font-size", "var(--lumo-font-size-s)");
        tools.add(drawLabel);
        for (var tool : SketchTool.values()) {
            var button = new Button(getTranslation("review.panel.tool." + tool.name().toLowerCase(Locale.ROOT)),
                    e -> draw(tool));
            button.setId("review-tool-" + tool.name().toLowerCase(Locale.ROOT));
            button.addClassName("review-tool");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST,
                    ButtonVariant.LUMO_TERTIARY);
            toolButtons.put(tool, button);
            tools.add(button);
        }
        stopDrawing.setId("review-tool-none");
        stopDrawing.setText(getTranslation("review.panel.tool.none"));
        stopDrawing.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        stopDrawing.addClickListener(e -> stopDrawing());
        tools.add(stopDrawing);
        text = new CommentBox("review-comment", getTranslation("review.panel.placeholder"),
                getTranslation("review.panel.post"), "", this::mentionable);
        text.addSubmitListener(e -> post(e.text()));
        composer.add(on, pin, tools, text);
        composer.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("min-width", "0").set("padding", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");

        var listHead = new Div(new Span(getTranslation("review.panel.threads")), filter);
        listHead.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("justify-content", "space-between");
        add(decision, changes, note, composer, listHead, earlier, threads);

        context.onTakeShown(take -> {
            stopDrawing();
            showComposerState();
            showThreads();
        });
        follower.follow(this, context.projectId(), this::onUpdate);
        load();
    }

    // ------------------------------------------------------------------------------------------- reading

    /** Reads the approval, the permissions and the threads again and shows them. */
    private void load() {
        mayComment = access.can(context.projectId(), Permission.COMMENT);
        mayApprove = access.can(context.projectId(), Permission.APPROVE);
        composer.setVisible(mayComment);
        approve.setVisible(mayApprove);
        requestChanges.setVisible(mayApprove);
        showApproval(reviews.approval(context.projectId(), context.shotId()));
        shown = reviews.threadsOnShot(context.projectId(), context.shotId());
        showComposerState();
        showThreads();
    }

    private void onUpdate(LiveUpdate update) {
        var shot = context.shotId().toString();
        boolean mine = switch (update) {
            case LiveUpdate.ReviewChanged reviewed -> reviewed.shotId().equals(shot);
            case LiveUpdate.TakesChanged taken -> taken.shotId().equals(shot);
            case LiveUpdate.CrewChanged crew -> true;
            default -> false;
        };
        if (mine) {
            changed.set(true);
            pushes.request(UI.getCurrent());
        }
    }

    private void flush() {
        if (changed.getAndSet(false)) {
            try {
                load();
            } catch (UserFacingException gone) {
                // Left the crew or the shot is gone: the page itself says so on its next reload.
                composer.setVisible(false);
            }
        }
    }

    private void showApproval(ShotApproval approval) {
        var now = approval.state();
        state.setText(getTranslation(now.key()));
        state.getElement().setAttribute("data-state", now.name());
        state.getElement().setAttribute("theme", "badge " + switch (now) {
            case APPROVED -> "success";
            case CHANGES_REQUESTED -> "error";
            case IN_REVIEW -> "contrast";
            case DRAFT -> "";
        });
        decided.setText(approval.decidedBy() == null || approval.decidedAt() == null ? ""
                : getTranslation("review.panel.decided", approval.decidedBy(),
                        StudioTime.format(approval.decidedAt(), FormatStyle.MEDIUM, FormatStyle.SHORT)));
        note.setText(approval.note() == null ? "" : approval.note());
        note.setVisible(approval.note() != null && !approval.note().isBlank());
        approve.setEnabled(now != ApprovalState.APPROVED && now != ApprovalState.DRAFT);
        requestChanges.setEnabled(now != ApprovalState.DRAFT);
    }

    // ------------------------------------------------------------------------------------------- threads

    /**
     * Shows the listed threads, drawing again only the threads whose content, or whose open reply or edit box, changed
     * since they were last drawn. A live update about one thread must not replace the others under the reader's
     * pointer: a click on a button that was just replaced is lost (issue 12).
     */
    private void showThreads() {
        var take = context.shownTake();
        var wanted = filter.getValue() == null ? Filter.OPEN : filter.getValue();
        listed = shown.stream().filter(thread -> switch (wanted) {
            case OPEN -> !thread.resolved();
            case RESOLVED -> thread.resolved();
            case ALL -> true;
        }).toList();
        int hidden = Math.max(0, listed.size() - window);
        earlier.setVisible(hidden > 0);
        earlier.setText(getTranslation("review.panel.earlier", Math.min(PAGE, hidden), hidden));
        earlier.getElement().setAttribute("data-hidden", String.valueOf(hidden));
        var boxes = new ArrayList<com.vaadin.flow.component.Component>();
        var kept = new HashMap<CommentId, Drawn>();
        for (var thread : listed.subList(hidden, listed.size())) {
            var reply = mayComment ? replies.get(thread.id()) : null;
            var editing = new ArrayList<CommentBox>();
            java.util.stream.Stream.concat(java.util.stream.Stream.of(thread.first()), thread.replies().stream())
                    .map(comment -> edits.get(comment.id())).filter(java.util.Objects::nonNull).forEach(editing::add);
            var before = drawn.get(thread.id());
            var now = before != null && before.sameAs(thread, take, mayComment, reply, editing) ? before
                    : new Drawn(thread, take, mayComment, reply, editing, thread(thread, take));
            kept.put(thread.id(), now);
            boxes.add(now.box());
        }
        drawn.clear();
        drawn.putAll(kept);
        if (listed.isEmpty()) {
            var none = new Span(getTranslation("review.panel.none." + wanted.name().toLowerCase(Locale.ROOT)));
            none.setId("review-none");
            none.addClassName("studio-muted");
            boxes.add(none);
        }
        arrange(boxes);
        // Forget boxes of threads and comments no longer on screen.
        var onScreen = new java.util.HashSet<CommentId>();
        for (var thread : listed) {
            onScreen.add(thread.id());
            thread.replies().forEach(reply -> onScreen.add(reply.id()));
        }
        replies.keySet().retainAll(onScreen);
        edits.keySet().retainAll(onScreen);
        showNotes(listed, take);
    }

    /** Puts {@code boxes} in the list in this order, leaving in place every box already where it belongs. */
    private void arrange(List<com.vaadin.flow.component.Component> boxes) {
        var wanted = new java.util.HashSet<>(boxes);
        threads.getChildren().filter(child -> !wanted.contains(child)).toList().forEach(threads::remove);
        var children = new ArrayList<>(threads.getChildren().toList());
        for (int i = 0; i < boxes.size(); i++) {
            var box = boxes.get(i);
            if (i >= children.size() || children.get(i) != box) {
                children.remove(box);
                children.add(i, box);
                threads.addComponentAtIndex(i, box);
            }
        }
    }

    /** A thread's box and what it was drawn from. */
    private record Drawn(CommentThread thread, Optional<TakeView> take, boolean mayComment,
            @Nullable CommentBox reply, List<CommentBox> edits, Div box) {

        boolean sameAs(CommentThread thread, Optional<TakeView> take, boolean mayComment, @Nullable CommentBox reply,
                List<CommentBox> edits) {
            return this.thread.equals(thread) && this.take.equals(take) && this.mayComment == mayComment
                    && this.reply == reply && this.edits.equals(edits);
        }
    }

    /** The listed threads of the take on screen that are pinned to a frame, as markers and drawings in the player. */
    private void showNotes(List<CommentThread> listed, Optional<TakeView> take) {
        var notes = new ArrayList<FrameNote>();
        if (take.isPresent()) {
            for (var thread : listed) {
                if (thread.first().target() instanceof CommentTarget.OnTake onTake
                        && onTake.takeId().equals(take.get().id()) && onTake.frame() != null) {
                    var first = thread.first();
                    notes.add(new FrameNote(first.id().toString(), onTake.frame(), first.author().colorIndex(),
                            label(first), onTake.drawing() == null || onTake.drawing().isEmpty() ? null
                                    : onTake.drawing().toJson()));
                }
            }
        }
        context.player().showNotes(notes);
    }

    private String label(Comment comment) {
        return comment.author().name() + ": " + CommentMarkup.excerpt(comment.text(), Map.of(), LABEL);
    }

    private Div thread(CommentThread thread, Optional<TakeView> take) {
        var box = new Div();
        box.addClassName("review-thread");
        box.setId("thread-" + thread.id());
        box.getElement().setAttribute("data-thread", thread.id().toString());
        box.getElement().setAttribute("data-resolved", String.valueOf(thread.resolved()));
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-s)").set("min-width", "0")
                .set("border-left", "3px solid " + colour(thread.first().author().colorIndex()))
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        box.add(where(thread.first().target(), take));
        box.add(comment(thread.first()));
        var answers = new Div();
        answers.addClassName("review-replies");
        answers.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("padding-left", "var(--lumo-space-m)").set("min-width", "0");
        thread.replies().forEach(reply -> answers.add(comment(reply)));
        if (!thread.replies().isEmpty()) {
            box.add(answers);
        }

        var actions = new Div();
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("align-items", "center");
        if (thread.resolved()) {
            var resolved = new Span(thread.resolvedBy() == null ? getTranslation("review.panel.resolved")
                    : getTranslation("review.panel.resolved-by", thread.resolvedBy()));
            resolved.addClassName("review-resolved");
            resolved.getElement().setAttribute("theme", "badge success small");
            actions.add(resolved);
        }
        if (mayComment) {
            var reply = new Button(getTranslation("review.panel.reply"), e -> openReply(thread.id()));
            reply.addClassName("review-reply");
            reply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var resolve = new Button(getTranslation(thread.resolved() ? "review.panel.reopen" : "review.panel.resolve"),
                    e -> resolve(thread.id(), !thread.resolved()));
            resolve.addClassName("review-resolve");
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reply, resolve);
        }
        box.add(actions);
        var open = replies.get(thread.id());
        if (open != null && mayComment) {
            box.add(open);
        }
        return box;
    }

    /** Where a thread is: a frame of the take on screen (click to go there), another take, or the whole shot. */
    private com.vaadin.flow.component.Component where(CommentTarget target, Optional<TakeView> take) {
        if (target instanceof CommentTarget.OnTake onTake) {
            boolean here = take.isPresent() && take.get().id().equals(onTake.takeId());
            if (here && onTake.frame() != null) {
                long frame = onTake.frame();
                var go = new Button(getTranslation(onTake.drawing() != null && !onTake.drawing().isEmpty()
                        ? "review.panel.frame-drawn" : "review.panel.frame", frame,
                        timecode(frame, take.get().fps())), e -> context.player().seekToFrame(frame));
                go.addClassName("review-frame");
                go.getElement().setAttribute("data-frame", String.valueOf(frame));
                go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                go.getStyle().set("align-self", "flex-start");
                return go;
            }
            var label = new Span(getTranslation(here ? "review.panel.on-this-take" : "review.panel.on-other-take"));
            label.addClassName("review-where");
            label.addClassName("studio-muted");
            label.getStyle().set("font-size", "var(--lumo-font-size-s)");
            return label;
        }
        var label = new Span(getTranslation("review.panel.on-shot"));
        label.addClassName("review-where");
        label.addClassName("studio-muted");
        label.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return label;
    }

    private Div comment(Comment comment) {
        var box = new Div();
        box.addClassName("review-comment");
        box.getElement().setAttribute("data-comment", comment.id().toString());
        box.getStyle().set("min-width", "0");
        var author = new Span(comment.author().name());
        author.addClassName("review-author");
        author.getStyle().set("font-weight", "600").set("color", colour(comment.author().colorIndex()));
        var when = new Span(StudioTime.format(comment.posted(), FormatStyle.SHORT, FormatStyle.SHORT));
        when.addClassName("review-time");
        when.addClassName("studio-muted");
        var head = new Div(author);
        if (comment.author().guest()) {
            var guest = new Span(getTranslation("review.panel.guest"));
            guest.getElement().setAttribute("theme", "badge small contrast");
            guest.addClassName("review-guest");
            head.add(guest);
        }
        head.add(when);
        if (comment.edited() != null && !comment.deleted()) {
            var edited = new Span(getTranslation("review.panel.edited"));
            edited.addClassName("review-edited");
            edited.addClassName("studio-muted");
            head.add(edited);
        }
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-s)")
                .set("align-items", "baseline").set("font-size", "var(--lumo-font-size-s)");
        box.add(head);

        var editing = edits.get(comment.id());
        if (comment.deleted()) {
            var gone = new Div(getTranslation("review.panel.deleted"));
            gone.addClassName("review-body");
            gone.addClassName("studio-muted");
            gone.getStyle().set("font-style", "italic");
            box.add(gone);
            return box;
        }
        if (editing != null) {
            box.add(editing);
            return box;
        }
        var body = new Div();
        body.addClassName("review-body");
        // Only the review module's safe renderer makes this HTML: the author's text is escaped before any markup.
        body.getElement().setProperty("innerHTML", comment.html());
        body.getStyle().set("overflow-wrap", "anywhere").set("min-width", "0");
        box.add(body);
        if (mayComment && me.equals(comment.author().userId())) {
            var edit = new Button(getTranslation("review.panel.edit"), e -> openEdit(comment));
            edit.addClassName("review-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            var delete = new Button(getTranslation("review.panel.delete"), e -> delete(comment.id()));
            delete.addClassName("review-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE,
                    ButtonVariant.LUMO_ERROR);
            var own = new Div(edit, delete);
            own.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
            box.add(own);
        }
        return box;
    }

    // ------------------------------------------------------------------------------------------- actions

    private List<org.filmfactory.review.Mentionable> mentionable(String prefix) {
        try {
            return reviews.mentionable(context.projectId(), prefix);
        } catch (UserFacingException refused) {
            return List.of();
        }
    }

    private void showComposerState() {
        boolean hasTake = context.shownTake().isPresent();
        if (!hasTake) {
            on.setValue(On.SHOT);
        }
        on.setItemEnabledProvider(o -> o == On.SHOT || hasTake);
        boolean onTake = on.getValue() == On.TAKE && hasTake;
        pin.setVisible(onTake);
        tools.setVisible(onTake);
        pin.setEnabled(drawing == null);
        pin.getElement().setAttribute("aria-pressed", String.valueOf(pinned || drawing != null));
        pin.getElement().setAttribute("data-pinned", String.valueOf(pinned || drawing != null));
        pin.setText((pinned || drawing != null ? "✓ " : "") + getTranslation("review.panel.pin"));
        if (pinned || drawing != null) {
            pin.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        } else {
            pin.removeThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
        toolButtons.forEach((tool, button) -> {
            button.getElement().setAttribute("aria-pressed", String.valueOf(tool == drawing));
            if (tool == drawing) {
                button.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
        });
        stopDrawing.setVisible(drawing != null);
    }

    /** Lets the pointer draw on the player's picture in the author's colour; a drawing is always pinned. */
    private void draw(SketchTool tool) {
        drawing = tool;
        pinned = true;
        context.player().beginSketch(tool, myColour);
        showComposerState();
    }

    private void stopDrawing() {
        if (drawing != null) {
            drawing = null;
            context.player().endSketch();
        }
        showComposerState();
    }

    /** Posts a thread: on the take (at the frame on screen and with the drawing, when pinned) or on the shot. */
    private void post(String written) {
        if (!mayComment) {
            return;
        }
        var take = context.shownTake();
        if (on.getValue() == On.TAKE && take.isPresent()) {
            if (pinned || drawing != null) {
                var ui = UI.getCurrent();
                var takeId = take.get().id();
                context.player().currentSketch().whenComplete((sketch, failed) -> ui.access(() -> {
                    if (failed != null || sketch == null) {
                        Notices.error(getTranslation("review.panel.no-frame"));
                        return;
                    }
                    try {
                        var lines = Drawing.parse(sketch.drawing());
                        send(new CommentTarget.OnTake(context.shotId(), takeId, sketch.frame(),
                                lines.isEmpty() ? null : lines), written);
                    } catch (UserFacingException refused) {
                        refuse(refused);
                    }
                }));
                return;
            }
            send(new CommentTarget.OnTake(context.shotId(), take.get().id(), null, null), written);
        } else {
            send(new CommentTarget.OnShot(context.shotId()), written);
        }
    }

    private void send(CommentTarget target, String written) {
        try {
            reviews.comment(context.projectId(), target, written);
            text.clear();
            stopDrawing();
            load();
        } catch (UserFacingException refused) {
            refuse(refused);
        }
    }

    private void openReply(CommentId thread) {
        var box = replies.computeIfAbsent(thread, id -> {
            var made = new CommentBox("review-reply-" + id, getTranslation("review.panel.reply-placeholder"),
                    getTranslation("review.panel.send-reply"), "", this::mentionable,
                    getTranslation("review.panel.cancel"));
            made.addSubmitListener(e -> reply(id, e.text()));
            made.addCancelListener(e -> {
                replies.remove(id);
                showThreads();
            });
            return made;
        });
        showThreads();
        box.focus();
    }

    private void reply(CommentId thread, String written) {
        try {
            reviews.reply(context.projectId(), thread, written);
            replies.remove(thread);
            load();
        } catch (UserFacingException refused) {
            refuse(refused);
        }
    }

    private void openEdit(Comment comment) {
        var box = edits.computeIfAbsent(comment.id(), id -> {
            var made = new CommentBox("review-edit-" + id, "", getTranslation("review.panel.save"), comment.text(),
                    this::mentionable, getTranslation("review.panel.cancel"));
            made.addSubmitListener(e -> edit(id, e.text()));
            made.addCancelListener(e -> {
                edits.remove(id);
                showThreads();
            });
            return made;
        });
        showThreads();
        box.focus();
    }

    private void edit(CommentId comment, String written) {
        try {
            reviews.edit(context.projectId(), comment, written);
            edits.remove(comment);
            load();
        } catch (UserFacingException refused) {
            refuse(refused);
        }
    }

    private void delete(CommentId comment) {
        try {
            reviews.delete(context.projectId(), comment);
            load();
        } catch (UserFacingException refused) {
            refuse(refused);
        }
    }

    private void resolve(CommentId thread, boolean resolved) {
        try {
            reviews.resolve(context.projectId(), thread, resolved);
            load();
        } catch (UserFacingException refused) {
            refuse(refused);
        }
    }

    private void approve() {
        try {
            showApproval(reviews.approve(context.projectId(), context.shotId(), null));
            Notices.success(getTranslation("review.panel.approved"));
        } catch (UserFacingException refused) {
            refuse(refused);
        }
    }

    private void askForChanges() {
        changes.open();
    }

    private void requestChanges(String why) {
        try {
            showApproval(reviews.requestChanges(context.projectId(), context.shotId(), why));
            changes.close();
            Notices.success(getTranslation("review.panel.changes-requested"));
        } catch (UserFacingException refused) {
            refuse(refused);
        }
    }

    private void refuse(UserFacingException refused) {
        Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
    }

    // ------------------------------------------------------------------------------------------- lifecycle

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        noteClicks = context.player().addNoteListener(this::reveal);
        // Escape in the player dropped the sketch: the composer stops drawing too.
        sketchCancels = context.player().addSketchCancelListener(() -> {
            drawing = null;
            showComposerState();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (noteClicks != null) {
            noteClicks.remove();
            noteClicks = null;
        }
        if (sketchCancels != null) {
            sketchCancels.remove();
            sketchCancels = null;
        }
        super.onDetach(event);
    }

    /** A note's marker was clicked in the player: bring its thread into view, drawing earlier threads if need be. */
    private void reveal(String commentId) {
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).id().toString().equals(commentId)) {
                int needed = listed.size() - i;
                if (needed > window) {
                    window = (needed + PAGE - 1) / PAGE * PAGE;
                    showThreads();
                }
                break;
            }
        }
        threads.getChildren().filter(child -> commentId.equals(child.getElement().getAttribute("data-thread")))
                .findFirst().ifPresent(child -> child.scrollIntoView());
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** A person's colour (collab's colour index) as CSS, the same as their avatar's. */
    static String colour(int index) {
        return "var(--vaadin-user-color-" + Math.floorMod(index, 7) + ", var(--lumo-primary-text-color))";
    }

    /** {@code HH:MM:SS:FF} of a frame at a whole number of frames a second. */
    static String timecode(long frame, int fps) {
        int rate = fps > 0 ? fps : 24;
        long seconds = frame / rate;
        return String.format(Locale.ROOT, "%02d:%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60,
                frame % rate);
    }
}
