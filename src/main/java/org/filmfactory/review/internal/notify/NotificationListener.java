package org.filmfactory.review.internal.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.filmfactory.account.UnknownUser;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.platform.StudioMail;
import org.filmfactory.project.MemberJoined;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.ChangesRequested;
import org.filmfactory.review.CommentId;
import org.filmfactory.review.CommentPosted;
import org.filmfactory.review.NotificationKind;
import org.filmfactory.review.TakeApproved;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decides who is told what. Each event is handled after its transaction committed, in a transaction of its own and
 * recorded in the event publication registry (a failure is retried, not lost; all of one event's notifications are
 * stored together or not at all). Only members of the project are told anything, and nobody about what they did
 * themselves. The recipients' bells ring once the notifications are committed.
 */
@Component
class NotificationListener {

    private static final Pattern MENTION = Pattern.compile("@\\[([^\\]\\n]{1,200})\\]\\([0-9a-fA-F-]{36}\\)");

    private final NotificationStore store;
    private final NotificationSignal signal;
    private final ProjectAccess access;
    private final UserDirectory directory;
    private final TakeGeneration takes;
    private final StudioMail mail;
    private final Clock clock;

    NotificationListener(NotificationStore store, NotificationSignal signal, ProjectAccess access,
            UserDirectory directory, TakeGeneration takes, StudioMail mail, Clock clock) {
        this.store = store;
        this.signal = signal;
        this.access = access;
        this.directory = directory;
        this.takes = takes;
        this.mail = mail;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CommentPosted event) {
        var recipients = new LinkedHashMap<UserId, NotificationKind>();
        for (var mentioned : event.mentioned()) {
            userId(mentioned).ifPresent(user -> recipients.put(user, NotificationKind.MENTION));
        }
        var threadAuthor = event.threadAuthorUserId();
        if (threadAuthor != null && !event.thread().equals(event.commentId())) {
            userId(threadAuthor).ifPresent(user -> recipients.putIfAbsent(user, NotificationKind.REPLY));
        }
        var author = event.authorUserId();
        if (author != null) {
            userId(author).ifPresent(recipients::remove);
        }
        var shot = event.shotId() == null ? null : ShotId.parse(event.shotId());
        var excerpt = plain(event.excerpt());
        recipients.forEach((user, kind) -> tell(user, kind, event.projectId(), shot, event.commentId(),
                event.authorName(), excerpt));
    }

    @ApplicationModuleListener
    void on(TakeApproved event) {
        decided(event.projectId(), event.shotId(), event.takeId(), event.byUserId(), event.byName(),
                NotificationKind.APPROVED, event.note());
    }

    @ApplicationModuleListener
    void on(ChangesRequested event) {
        if (event.takeId() != null) {
            decided(event.projectId(), event.shotId(), event.takeId(), event.byUserId(), event.byName(),
                    NotificationKind.CHANGES, event.note());
        }
    }

    @ApplicationModuleListener
    void on(MemberJoined event) {
        String name;
        try {
            name = directory.profile(event.userId()).displayName();
        } catch (UnknownUser gone) {
            return;
        }
        for (var owner : access.ownersOf(event.projectId())) {
            if (!owner.equals(event.userId())) {
                tell(owner, NotificationKind.JOINED, event.projectId(), null, null, name, "");
            }
        }
    }

    private void decided(ProjectId projectId, ShotId shotId, TakeId takeId, String byUserId, String byName,
            NotificationKind kind, @Nullable String note) {
        var maker = takes.makerOf(projectId, takeId).map(UserId::new);
        if (maker.isEmpty() || maker.get().value().toString().equalsIgnoreCase(byUserId.strip())) {
            return;
        }
        tell(maker.get(), kind, projectId, shotId, null, byName, note == null ? "" : plain(note));
    }

    private void tell(UserId recipient, NotificationKind kind, ProjectId projectId, @Nullable ShotId shotId,
            @Nullable CommentId commentId, String actorName, String excerpt) {
        if (access.roleOf(projectId, recipient).isEmpty()) {
            return;
        }
        var projectName = access.nameOf(projectId).orElse("");
        var mailed = kind.mailed() && mail.available() && !store.mailOff(recipient);
        store.add(recipient, kind, projectId, shotId, commentId, actorName, projectName, excerpt, clock.instant(),
                mailed);
        afterCommit(() -> signal.ring(recipient));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /** The excerpt as a reader sees it: mentions as {@code @Name}, one line, clipped. */
    static String plain(String text) {
        var flat = MENTION.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("@" + m.group(1)))
                .replaceAll("\\s+", " ").strip();
        return NotificationStore.clip(flat, NotificationStore.MAX_EXCERPT);
    }

    private static java.util.Optional<UserId> userId(String text) {
        try {
            return java.util.Optional.of(new UserId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
