package org.filmfactory.review;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.Attendee;
import org.filmfactory.project.Crew;
import org.filmfactory.project.CrewMember;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.internal.ApprovalRecord;
import org.filmfactory.review.internal.CommentMarkup;
import org.filmfactory.review.internal.CommentRecord;
import org.filmfactory.review.internal.CommentRecord.TargetKind;
import org.filmfactory.review.internal.ReviewRelay;
import org.filmfactory.review.internal.ReviewStore;
import org.filmfactory.review.internal.ScriptAnchors;
import org.filmfactory.review.internal.ShotApprovals;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and approvals of a project. The transaction and permission boundary: reads need {@code VIEW}, comments
 * {@code COMMENT}, approvals {@code APPROVE}; editing or deleting a comment is its author's alone. Ids of another
 * project are refused like a forbidden action. Every change goes out as {@code LiveUpdate.ReviewChanged} after its
 * commit. Guests of review links comment through the {@code guest…} methods, which the review-link service calls after
 * checking the link.
 */
@Service
@Transactional
public class Reviews {

    /** The longest comment, in characters. */
    public static final int MAX_TEXT = 10_000;
    /** The longest name a guest may give. */
    public static final int MAX_GUEST_NAME = 100;
    /** The length of a comment's excerpt in {@link CommentPosted}. */
    static final int EXCERPT = 140;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Comparator<CommentThread> BY_FRAME = Comparator.comparing(
            (CommentThread thread) -> thread.first().target() instanceof CommentTarget.OnTake onTake
                    ? onTake.frame() : null, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ProjectAccess access;
    private final Crew crew;
    private final UserDirectory directory;
    private final Breakdowns breakdowns;
    private final TakeGeneration takes;
    private final ReviewStore store;
    private final ShotApprovals shotApprovals;
    private final ScriptAnchors anchors;
    private final ReviewRelay relay;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(ProjectAccess access, Crew crew, UserDirectory directory, Breakdowns breakdowns,
            TakeGeneration takes, ReviewStore store, ShotApprovals shotApprovals, ScriptAnchors anchors,
            ReviewRelay relay, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.crew = crew;
        this.directory = directory;
        this.breakdowns = breakdowns;
        this.takes = takes;
        this.store = store;
        this.shotApprovals = shotApprovals;
        this.anchors = anchors;
        this.relay = relay;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------- reads

    /**
     * Threads on the take (pinned or not), ordered by frame (unpinned last), then time. Two queries whatever the
     * number of comments: the take's comments and the names of the people in them.
     */
    @Transactional(readOnly = true)
    public List<CommentThread> threadsOnTake(ProjectId projectId, TakeId takeId) {
        access.require(projectId, Permission.VIEW);
        return takeThreads(projectId, takeId, Permission.VIEW);
    }

    /** Threads on the shot as a whole and on all its takes, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentThread> threadsOnShot(ProjectId projectId, ShotId shotId) {
        access.require(projectId, Permission.VIEW);
        requireShot(projectId, shotId, Permission.VIEW);
        return threads(projectId, store.onShot(projectId.value(), shotId.value()));
    }

    /** Threads on script lines, with their ranges mapped to the script as it is now. */
    @Transactional(readOnly = true)
    public List<CommentThread> threadsOnScript(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        return threads(projectId, store.ofKind(projectId.value(), TargetKind.SCRIPT));
    }

    /** Members whose name starts with (or contains a word starting with) {@code prefix}, for @-completion. */
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(ProjectId projectId, String prefix) {
        var wanted = prefix.strip().toLowerCase(Locale.ROOT);
        return crew.members(projectId).stream()
                .filter(member -> wanted.isEmpty() || matches(member.displayName(), wanted))
                .sorted(Comparator.comparing(CrewMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(member -> new Mentionable(member.userId().toString(), member.displayName(),
                        Attendee.colorOf(member.userId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ShotApproval approval(ProjectId projectId, ShotId shotId) {
        access.require(projectId, Permission.VIEW);
        requireShot(projectId, shotId, Permission.VIEW);
        return shotApprovals.of(projectId, shotId);
    }

    /**
     * Approvals of the given shots (draft for a shot without one, and for an id that is not one of the project's
     * shots). Two queries for any number of shots.
     */
    @Transactional(readOnly = true)
    public Map<ShotId, ShotApproval> approvals(ProjectId projectId, Collection<ShotId> shots) {
        access.require(projectId, Permission.VIEW);
        return shotApprovals.of(projectId, shots);
    }

    // ---------------------------------------------------------------------------------------------- comments

    /**
     * Starts a thread.
     *
     * @throws CommentRefused when the text is empty or longer than {@link #MAX_TEXT}, the frame is not one of the
     *     take's, the drawing is out of bounds, or a mention names someone outside the crew
     */
    public Comment comment(ProjectId projectId, CommentTarget target, String text) {
        var member = access.requireMember(projectId, Permission.COMMENT);
        var body = text(text);
        var names = mentions(projectId, body);
        var place = place(projectId, target, false);
        var id = UUID.randomUUID();
        var stored = store.add(new CommentRecord(id, projectId.value(), id, null, place.kind(), place.shotId(),
                place.takeId(), place.frame(), place.drawing(), place.revision(), place.from(), place.to(),
                place.quote(), false, member.userId(), member.displayName(), null, body, now(), null, false, false,
                null, null, null));
        return posted(projectId, stored, null, names);
    }

    /** Replies in the thread of {@code to} (a reply to a reply joins the same thread). */
    public Comment reply(ProjectId projectId, CommentId to, String text) {
        var member = access.requireMember(projectId, Permission.COMMENT);
        var body = text(text);
        var names = mentions(projectId, body);
        var first = threadOf(projectId, to, Permission.COMMENT);
        var stored = store.add(reply(first, to, member.userId(), member.displayName(), null, body));
        return posted(projectId, stored, first, names);
    }

    /** The author changes their own comment's text (marked edited). */
    public Comment edit(ProjectId projectId, CommentId commentId, String text) {
        var comment = own(projectId, commentId);
        if (comment.deleted()) {
            throw new CommentRefused("review.error.deleted");
        }
        var body = text(text);
        var names = mentions(projectId, body);
        var edited = store.edit(comment.id(), body, now());
        relay.changed(projectId, edited.shotId(), edited.takeId(), edited.id());
        names.putAll(names(List.of(edited)));
        return toComment(edited, names, null);
    }

    /** The author deletes their own comment; it keeps its place in its thread, without text. */
    public void delete(ProjectId projectId, CommentId commentId) {
        var comment = own(projectId, commentId);
        if (!comment.deleted()) {
            store.delete(comment.id());
            relay.changed(projectId, comment.shotId(), comment.takeId(), comment.id());
        }
    }

    /** Resolves ({@code true}) or reopens a thread; any member who may comment. A reply's id means its thread. */
    public void resolve(ProjectId projectId, CommentId thread, boolean resolved) {
        var member = access.requireMember(projectId, Permission.COMMENT);
        var first = threadOf(projectId, thread, Permission.COMMENT);
        if (first.resolved() == resolved) {
            return;
        }
        if (resolved) {
            store.resolve(first.id(), member.userId(), member.displayName(), now());
        } else {
            store.reopen(first.id());
        }
        relay.changed(projectId, first.shotId(), first.takeId(), first.id());
    }

    // ---------------------------------------------------------------------------------------------- guests

    /**
     * A guest of a review link starts a thread on a take or a shot. No member check: the caller, the review-link
     * service, has checked that the link is valid, allows comments and covers the target. The text, frame and drawing
     * are checked as for members; a guest cannot mention anyone, nor comment on the script.
     *
     * @param linkId the review link the guest came through
     * @param guestName the name the guest gave
     * @throws CommentRefused as {@link #comment}, and when the name is empty or longer than {@link #MAX_GUEST_NAME}
     *     or the text mentions someone
     * @throws NotAllowed when the take is not the project's or the target is the script
     */
    public Comment guestComment(ProjectId projectId, UUID linkId, String guestName, CommentTarget target,
            String text) {
        var name = guestName(guestName);
        var body = guestText(text);
        var place = place(projectId, target, true);
        var id = UUID.randomUUID();
        var stored = store.add(new CommentRecord(id, projectId.value(), id, null, place.kind(), place.shotId(),
                place.takeId(), place.frame(), place.drawing(), null, null, null, null, false, null, name, linkId,
                body, now(), null, false, false, null, null, null));
        return posted(projectId, stored, null, new HashMap<>());
    }

    /**
     * A guest of a review link replies in a thread on a take or shot. No member check: the caller has checked that
     * the link is valid, allows comments and covers the thread's shot ({@link #guestThreadsOnShot}).
     *
     * @throws CommentRefused as {@link #guestComment}
     * @throws NotAllowed when the comment is not the project's or is on the script
     */
    public Comment guestReply(ProjectId projectId, UUID linkId, String guestName, CommentId to, String text) {
        var name = guestName(guestName);
        var body = guestText(text);
        var first = threadOf(projectId, to, Permission.COMMENT);
        if (first.kind() == TargetKind.SCRIPT) {
            throw new NotAllowed(Permission.COMMENT);
        }
        var stored = store.add(reply(first, to, null, name, linkId, body));
        return posted(projectId, stored, first, new HashMap<>());
    }

    /**
     * Threads on the shot and its takes for a guest of a review link (never those on the script). No member check:
     * the caller has checked the link covers the shot.
     */
    @Transactional(readOnly = true)
    public List<CommentThread> guestThreadsOnShot(ProjectId projectId, ShotId shotId) {
        return threads(projectId, store.onShot(projectId.value(), shotId.value()));
    }

    /**
     * Threads on the take for a guest of a review link, ordered as {@link #threadsOnTake}. No member check: the
     * caller has checked the link covers the take's shot.
     *
     * @throws NotAllowed when the take is not the project's
     */
    @Transactional(readOnly = true)
    public List<CommentThread> guestThreadsOnTake(ProjectId projectId, TakeId takeId) {
        return takeThreads(projectId, takeId, Permission.VIEW);
    }

    // ---------------------------------------------------------------------------------------------- approvals

    /**
     * Approves the shot's selected take and locks it.
     *
     * @throws ApprovalRefused when the shot has no selected take, or the note is longer than {@link #MAX_TEXT}
     */
    public ShotApproval approve(ProjectId projectId, ShotId shotId, @Nullable String note) {
        var member = access.requireMember(projectId, Permission.APPROVE);
        requireShot(projectId, shotId, Permission.APPROVE);
        var why = note(note);
        var selected = takes.selectedTakes(projectId, List.of(shotId)).get(shotId);
        if (selected == null) {
            throw new ApprovalRefused("review.error.no-take");
        }
        var approval = store.approve(projectId.value(), shotId.value(), selected.value(), member.userId(),
                member.displayName(), now(), why);
        events.publishEvent(new TakeApproved(projectId, shotId, selected, member.userId().toString(),
                member.displayName(), approval.note()));
        relay.changed(projectId, shotId, selected, null);
        return toApproval(shotId, approval);
    }

    /**
     * Asks for changes to the shot (its selected take, when it has one); the note is required.
     *
     * @throws ApprovalRefused when the note is blank or longer than {@link #MAX_TEXT}
     */
    public ShotApproval requestChanges(ProjectId projectId, ShotId shotId, String note) {
        var member = access.requireMember(projectId, Permission.APPROVE);
        requireShot(projectId, shotId, Permission.APPROVE);
        var why = note(note);
        if (why == null) {
            throw new ApprovalRefused("review.error.note-required");
        }
        var selected = takes.selectedTakes(projectId, List.of(shotId)).get(shotId);
        var approval = store.requestChanges(projectId.value(), shotId.value(),
                selected == null ? null : selected.value(), member.userId(), member.displayName(), now(), why);
        events.publishEvent(new ChangesRequested(projectId, shotId, selected, member.userId().toString(),
                member.displayName(), why));
        relay.changed(projectId, shotId, selected, null);
        return toApproval(shotId, approval);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Where a new thread goes, checked: the take is the project's and the shot's, the frame one of its frames. */
    private record Place(TargetKind kind, @Nullable UUID shotId, @Nullable UUID takeId, @Nullable Long frame,
            @Nullable String drawing, @Nullable Long revision, @Nullable Integer from, @Nullable Integer to,
            @Nullable String quote) {
    }

    private Place place(ProjectId projectId, CommentTarget target, boolean guest) {
        return switch (target) {
            case CommentTarget.OnTake onTake -> {
                var take = takes.frames(projectId, onTake.takeId())
                        .filter(frames -> frames.shotId().equals(onTake.shotId()))
                        .orElseThrow(() -> new NotAllowed(Permission.COMMENT));
                var frame = onTake.frame();
                if (frame != null && (frame < 0 || frame >= take.frames())) {
                    throw new CommentRefused("review.error.frame", frame, take.frames() - 1);
                }
                var drawing = onTake.drawing() == null ? null : onTake.drawing().checked();
                if (drawing != null && drawing.isEmpty()) {
                    drawing = null;
                }
                if (drawing != null && frame == null) {
                    throw new CommentRefused("review.error.drawing-frame");
                }
                yield new Place(TargetKind.TAKE, onTake.shotId().value(), onTake.takeId().value(), frame,
                        drawing == null ? null : drawing.toJson(), null, null, null, null);
            }
            case CommentTarget.OnShot onShot -> {
                if (!guest) {
                    requireShot(projectId, onShot.shotId(), Permission.COMMENT);
                }
                yield new Place(TargetKind.SHOT, onShot.shotId().value(), null, null, null, null, null, null, null);
            }
            case CommentTarget.OnScript onScript -> {
                if (guest) {
                    throw new NotAllowed(Permission.COMMENT);
                }
                if (onScript.revision() < 0 || onScript.from() < 0 || onScript.to() < onScript.from()
                        || onScript.quote().length() > MAX_TEXT) {
                    throw new CommentRefused("review.error.anchor");
                }
                yield new Place(TargetKind.SCRIPT, null, null, null, null, onScript.revision(), onScript.from(),
                        onScript.to(), clean(onScript.quote()));
            }
        };
    }

    private CommentRecord reply(CommentRecord first, CommentId to, @Nullable UUID authorId,
            String authorName, @Nullable UUID guestLink, String body) {
        return new CommentRecord(UUID.randomUUID(), first.projectId(), first.id(), to.value(), first.kind(),
                first.shotId(), first.takeId(), null, null, null, null, null, null, false, authorId, authorName,
                guestLink, body, Instant.EPOCH, null, false, false, null, null, null);
    }

    /** Publishes what was posted and returns it as the author sees it. */
    private Comment posted(ProjectId projectId, CommentRecord stored, @Nullable CommentRecord first,
            Map<String, String> names) {
        events.publishEvent(new CommentPosted(projectId, new CommentId(stored.id()), new CommentId(stored.threadId()),
                stored.authorId() == null ? null : stored.authorId().toString(), stored.authorName(),
                stored.authorId() == null, first == null || first.authorId() == null ? null
                        : first.authorId().toString(), stored.shotId() == null ? null : stored.shotId().toString(),
                stored.takeId() == null ? null : stored.takeId().toString(),
                CommentMarkup.excerpt(stored.body(), names, EXCERPT), CommentMarkup.mentioned(stored.body())));
        relay.changed(projectId, stored.shotId(), stored.takeId(), stored.id());
        var anchor = stored.kind() == TargetKind.SCRIPT && first == null ? script(stored) : null;
        if (first != null && first.kind() == TargetKind.SCRIPT) {
            anchor = anchors.current(projectId, List.of(script(first))).getFirst();
        }
        return toComment(stored, names, anchor);
    }

    private List<CommentThread> takeThreads(ProjectId projectId, TakeId takeId, Permission permission) {
        takes.frames(projectId, takeId).orElseThrow(() -> new NotAllowed(permission));
        var threads = new ArrayList<>(threads(projectId, store.onTake(projectId.value(), takeId.value())));
        threads.sort(BY_FRAME);
        return threads;
    }

    /** Comments in the order they came, grouped into threads; the names of everyone in them in one query. */
    private List<CommentThread> threads(ProjectId projectId, List<CommentRecord> comments) {
        var names = names(comments);
        var firsts = comments.stream().filter(CommentRecord::first).toList();
        var scripted = firsts.stream().filter(c -> c.kind() == TargetKind.SCRIPT).toList();
        var anchored = new HashMap<UUID, CommentTarget.OnScript>();
        if (!scripted.isEmpty()) {
            var mapped = anchors.current(projectId, scripted.stream().map(Reviews::script).toList());
            for (int i = 0; i < scripted.size(); i++) {
                anchored.put(scripted.get(i).id(), mapped.get(i));
            }
        }
        var replies = new HashMap<UUID, List<Comment>>();
        for (var comment : comments) {
            if (!comment.first()) {
                replies.computeIfAbsent(comment.threadId(), id -> new ArrayList<>())
                        .add(toComment(comment, names, anchored.get(comment.threadId())));
            }
        }
        var threads = new ArrayList<CommentThread>(firsts.size());
        for (var first : firsts) {
            var resolvedBy = first.resolvedBy() == null ? first.resolvedByName()
                    : names.getOrDefault(first.resolvedBy().toString(), first.resolvedByName());
            threads.add(new CommentThread(toComment(first, names, anchored.get(first.id())),
                    replies.getOrDefault(first.id(), List.of()), first.resolved(), first.resolved() ? resolvedBy
                            : null, first.resolvedAt()));
        }
        return threads;
    }

    /** Current names of the authors, resolvers and mentioned members of {@code comments}, by user id. */
    private Map<String, String> names(List<CommentRecord> comments) {
        var ids = new HashSet<UserId>();
        for (var comment : comments) {
            if (comment.authorId() != null) {
                ids.add(new UserId(comment.authorId()));
            }
            if (comment.resolvedBy() != null) {
                ids.add(new UserId(comment.resolvedBy()));
            }
            if (comment.body().indexOf("@[") >= 0) {
                CommentMarkup.mentioned(comment.body()).forEach(id -> ids.add(new UserId(UUID.fromString(id))));
            }
        }
        var names = new HashMap<String, String>();
        if (!ids.isEmpty()) {
            directory.profiles(ids).forEach((id, profile) -> names.put(id.toString(), profile.displayName()));
        }
        return names;
    }

    private Comment toComment(CommentRecord comment, Map<String, String> names,
            CommentTarget.@Nullable OnScript anchor) {
        CommentTarget target = switch (comment.kind()) {
            case TAKE -> new CommentTarget.OnTake(new ShotId(requireNonNull(comment.shotId())),
                    new TakeId(requireNonNull(comment.takeId())), comment.frame(),
                    comment.drawing() == null ? null : Drawing.parse(comment.drawing()));
            case SHOT -> new CommentTarget.OnShot(new ShotId(requireNonNull(comment.shotId())));
            case SCRIPT -> anchor != null ? anchor : script(comment);
        };
        CommentAuthor author;
        if (comment.authorId() != null) {
            var id = comment.authorId().toString();
            author = new CommentAuthor(id, names.getOrDefault(id, comment.authorName()), false,
                    Attendee.colorOf(new UserId(comment.authorId())));
        } else {
            author = new CommentAuthor(null, comment.authorName(), true,
                    Math.floorMod(comment.authorName().hashCode(), 7));
        }
        var body = comment.deleted() ? "" : comment.body();
        return new Comment(new CommentId(comment.id()), new CommentId(comment.threadId()), target, author, body,
                CommentMarkup.html(body, names), CommentMarkup.mentioned(body), comment.posted(), comment.edited(),
                comment.deleted());
    }

    private static CommentTarget.OnScript script(CommentRecord comment) {
        if (comment.scriptRevision() == null) {
            return new CommentTarget.OnScript(0, 0, 0, "", true);
        }
        return new CommentTarget.OnScript(comment.scriptRevision(), requireNonNull(comment.scriptFrom()),
                requireNonNull(comment.scriptTo()), Objects.requireNonNullElse(comment.scriptQuote(), ""),
                comment.scriptGone());
    }

    private static ShotApproval toApproval(ShotId shotId, ApprovalRecord approval) {
        return new ShotApproval(shotId, approval.state(), approval.takeId() == null ? null
                : new TakeId(approval.takeId()), approval.decidedByName(), approval.decidedAt(), approval.note());
    }

    /** The thread's first comment, found from any comment of it; refused when it is not the project's. */
    private CommentRecord threadOf(ProjectId projectId, CommentId comment, Permission permission) {
        var found = store.comment(projectId.value(), comment.value())
                .orElseThrow(() -> new NotAllowed(permission));
        if (found.first()) {
            return found;
        }
        return store.comment(projectId.value(), found.threadId()).orElseThrow(() -> new NotAllowed(permission));
    }

    /** The comment, when the signed-in member wrote it and may still comment; refused otherwise. */
    private CommentRecord own(ProjectId projectId, CommentId commentId) {
        var member = access.requireMember(projectId, Permission.COMMENT);
        var comment = store.comment(projectId.value(), commentId.value())
                .orElseThrow(() -> new NotAllowed(Permission.COMMENT));
        if (!member.userId().equals(comment.authorId())) {
            throw new NotAllowed(Permission.COMMENT);
        }
        return comment;
    }

    private void requireShot(ProjectId projectId, ShotId shotId, Permission permission) {
        if (breakdowns.shot(projectId, shotId).isEmpty()) {
            throw new NotAllowed(permission);
        }
    }

    /**
     * Checks that everyone mentioned is on the crew; answers their current names by user id (to render the
     * comment), refusing the first mention of someone who is not.
     */
    private Map<String, String> mentions(ProjectId projectId, String body) {
        var names = new HashMap<String, String>();
        var mentioned = CommentMarkup.mentioned(body);
        if (mentioned.isEmpty()) {
            return names;
        }
        crew.members(projectId).forEach(member -> names.put(member.userId().toString(), member.displayName()));
        var matcher = CommentMarkup.MENTION.matcher(body);
        while (matcher.find()) {
            if (!names.containsKey(CommentMarkup.mentioned(matcher.group()).getFirst())) {
                throw new CommentRefused("review.error.mention", matcher.group(1));
            }
        }
        return names;
    }

    private static String text(String text) {
        var body = clean(text).strip();
        if (body.isEmpty()) {
            throw new CommentRefused("review.error.empty");
        }
        if (body.length() > MAX_TEXT) {
            throw new CommentRefused("review.error.too-long", MAX_TEXT);
        }
        return body;
    }

    private static String guestText(String text) {
        var body = text(text);
        if (!CommentMarkup.mentioned(body).isEmpty()) {
            throw new CommentRefused("review.error.guest-mention");
        }
        return body;
    }

    private static String guestName(String name) {
        var clean = clean(name).strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_GUEST_NAME) {
            throw new CommentRefused("review.error.guest-name", MAX_GUEST_NAME);
        }
        return clean;
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        var clean = clean(note).strip();
        if (clean.length() > MAX_TEXT) {
            throw new ApprovalRefused("review.error.note-too-long", MAX_TEXT);
        }
        return clean;
    }

    /** Control characters other than tab and line breaks go: PostgreSQL refuses NUL, and none of them show. */
    private static String clean(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }

    private static boolean matches(String name, String prefix) {
        var lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(prefix)) {
            return true;
        }
        for (var word : lower.split("[\\s\\p{Punct}]+")) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        // Chinese names have no spaces: any position counts.
        return lower.contains(prefix) && !prefix.isBlank() && Character.isIdeographic(prefix.codePointAt(0));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
