package org.filmfactory.review;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.review.internal.links.GuestComment;
import org.filmfactory.review.internal.links.GuestComments;
import org.filmfactory.review.internal.links.LinkRelay;
import org.filmfactory.review.internal.links.LinkSecrets;
import org.filmfactory.review.internal.links.ReviewLink;
import org.filmfactory.review.internal.links.ReviewLinkRecords;
import org.filmfactory.take.StoryboardShot;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeView;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review links: an owner or director ({@code APPROVE}) lets people outside the crew watch some shots (or the whole
 * storyboard) and, when allowed, comment, without an account. The transaction and permission boundary for both
 * sides: the crew's calls check the role; the guests' calls check the link — its secret, that it is still active,
 * its password — every time, and give back only the shots it covers, their selected takes (with media addresses under
 * the link and nothing of the crew: no prompts, no names) and nothing else of the project.
 *
 * <p>A link's secret has 256 random bits; only its SHA-256 is stored, and the password only as the studio's password
 * hash, so a copy of the database opens no link. An unknown, expired or revoked link, or a wrong password, is refused
 * with {@link ReviewLinkRefused} saying which, and with nothing about the project.
 */
@Service
@Transactional
public class ReviewLinks {

    /** The shortest life a link may be given. */
    public static final Duration MIN_LIFETIME = Duration.ofHours(1);
    /** The longest life a link may be given. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(90);
    /** The shortest and longest password a link may have. */
    public static final int MIN_PASSWORD = 4;
    public static final int MAX_PASSWORD = 200;
    /** The longest name a guest may give. */
    public static final int MAX_GUEST_NAME = 80;
    /** Where links open, relative to the studio's root; media follow at {@code review/<secret>/media/<key>}. */
    public static final String PATH = "review";

    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final TakeGeneration takes;
    private final Reviews reviews;
    private final ReviewLinkRecords links;
    private final GuestComments guestComments;
    private final LinkSecrets secrets;
    private final LinkRelay relay;
    private final PasswordEncoder passwords;
    private final Clock clock;

    ReviewLinks(ProjectAccess access, ProjectManagement projects, TakeGeneration takes, Reviews reviews,
            ReviewLinkRecords links, GuestComments guestComments, LinkSecrets secrets, LinkRelay relay,
            PasswordEncoder passwords, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.takes = takes;
        this.reviews = reviews;
        this.links = links;
        this.guestComments = guestComments;
        this.secrets = secrets;
        this.relay = relay;
        this.passwords = passwords;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------- the crew

    /**
     * Makes a link. Shots that are not this project's are refused like a forbidden action.
     *
     * @throws ReviewLinkRefused when the lifetime is outside {@link #MIN_LIFETIME}..{@link #MAX_LIFETIME} or the
     *     password is shorter than {@link #MIN_PASSWORD} or longer than {@link #MAX_PASSWORD}; nothing is stored
     */
    public IssuedReviewLink create(ProjectId projectId, NewReviewLink request) {
        var member = access.requireMember(projectId, Permission.APPROVE);
        if (request.lifetime().compareTo(MIN_LIFETIME) < 0 || request.lifetime().compareTo(MAX_LIFETIME) > 0) {
            throw new ReviewLinkRefused("review-link.error.lifetime", MIN_LIFETIME.toHours(), MAX_LIFETIME.toDays());
        }
        var password = request.password() == null || request.password().isEmpty() ? null : request.password();
        if (password != null && (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD)) {
            throw new ReviewLinkRefused("review-link.error.password-length", MIN_PASSWORD, MAX_PASSWORD);
        }
        if (!request.shots().isEmpty()) {
            var known = new HashSet<ShotId>();
            takes.storyboard(projectId, 0, takes.storyboardSize(projectId))
                    .forEach(shot -> known.add(shot.shotId()));
            if (!known.containsAll(request.shots())) {
                throw new NotAllowed(Permission.APPROVE);
            }
        }
        var secret = secrets.newSecret();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var shots = new HashSet<UUID>();
        request.shots().forEach(shot -> shots.add(shot.value()));
        var link = links.save(new ReviewLink(UUID.randomUUID(), projectId.value(), LinkSecrets.hash(secret),
                password == null ? null : passwords.encode(password), request.allowComments(), shots,
                member.userId(), member.displayName(), now, now.plus(request.lifetime())));
        return new IssuedReviewLink(summary(link, 0), PATH + "/" + secret);
    }

    /** The project's links, newest first, with their state and how many comments guests left through each. */
    @Transactional(readOnly = true)
    public List<ReviewLinkSummary> links(ProjectId projectId) {
        access.require(projectId, Permission.APPROVE);
        var all = links.findByProjectIdOrderByCreatedAtDesc(projectId.value());
        var counts = new HashMap<UUID, Long>();
        if (!all.isEmpty()) {
            for (var row : guestComments.countByLink(all.stream().map(ReviewLink::id).toList())) {
                counts.put((UUID) row[0], ((Number) row[1]).longValue());
            }
        }
        return all.stream().map(link -> summary(link, counts.getOrDefault(link.id(), 0L))).toList();
    }

    /** The latest comments guests left through the project's links, newest first (at most 50). */
    @Transactional(readOnly = true)
    public List<GuestNote> guestNotes(ProjectId projectId) {
        access.require(projectId, Permission.APPROVE);
        var ids = links.findByProjectIdOrderByCreatedAtDesc(projectId.value()).stream().map(ReviewLink::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return guestComments.findTop50ByLinkIdInOrderByPostedAtDesc(ids).stream()
                .map(note -> new GuestNote(new ReviewLinkId(note.linkId()), new ShotId(note.shotId()),
                        note.guestName(), note.excerpt(), note.postedAt()))
                .toList();
    }

    /** Closes a link for good: guests who have it open are refused from their next step on. */
    public void revoke(ProjectId projectId, ReviewLinkId linkId) {
        access.require(projectId, Permission.APPROVE);
        links.findById(linkId.value()).filter(link -> link.projectId().equals(projectId.value()))
                .orElseThrow(() -> new NotAllowed(Permission.APPROVE))
                .revoke(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    // ------------------------------------------------------------------------------------------------- guests

    /** What the link's first page shows: the project's name, whether it needs a password, whether comments are on. */
    @Transactional(readOnly = true)
    public GuestLink open(String token) {
        var link = active(token);
        var project = access.asGuestViewer(new ProjectId(link.projectId()),
                () -> projects.find(new ProjectId(link.projectId())));
        return new GuestLink(project.name(), link.passwordHash() != null, link.allowComments(), link.expiresAt());
    }

    /**
     * Lets a guest in under the name they give (trimmed, 1 to {@link #MAX_GUEST_NAME} characters).
     *
     * @throws ReviewLinkRefused when the link does not open, the name is empty or too long, or the password is wrong
     */
    @Transactional(readOnly = true)
    public GuestPass enter(String token, String name, @Nullable String password) {
        var link = active(token);
        var guest = name.strip();
        if (guest.isEmpty() || guest.length() > MAX_GUEST_NAME || guest.chars().anyMatch(Character::isISOControl)) {
            throw new ReviewLinkRefused("review-link.error.name", MAX_GUEST_NAME);
        }
        if (link.passwordHash() != null
                && (password == null || password.length() > MAX_PASSWORD
                        || !passwords.matches(password, link.passwordHash()))) {
            throw new ReviewLinkRefused("review-link.error.password");
        }
        return new GuestPass(token, new ReviewLinkId(link.id()), guest);
    }

    /** The shots the guest's link covers, in script order, with their selected takes. */
    @Transactional(readOnly = true)
    public List<GuestShot> shots(GuestPass pass) {
        var link = entered(pass);
        return covered(link).stream().map(shot -> guestShot(shot, pass.token())).toList();
    }

    /**
     * A guest's comment on a covered shot: on its selected take at {@code frame} (with an optional drawing) when a
     * frame is given and the shot has a take, else on the shot. The crew sees it marked as a guest's.
     *
     * @throws ReviewLinkRefused when the link does not open, comments are off, or the shot is not covered
     * @throws CommentRefused as {@link Reviews} refuses a comment
     */
    public Comment comment(GuestPass pass, ShotId shotId, @Nullable Long frame, @Nullable String drawing,
            String text) {
        var link = entered(pass);
        if (!link.allowComments()) {
            throw new ReviewLinkRefused("review-link.error.no-comments");
        }
        var shot = covered(link).stream().filter(s -> s.shotId().equals(shotId)).findFirst()
                .orElseThrow(() -> new ReviewLinkRefused("review-link.error.not-covered"));
        var sketch = drawing == null ? null : Drawing.parse(drawing);
        CommentTarget target = shot.selected() != null && frame != null
                ? new CommentTarget.OnTake(shotId, shot.selected().id(), frame,
                        sketch == null || sketch.isEmpty() ? null : sketch)
                : new CommentTarget.OnShot(shotId);
        var projectId = new ProjectId(link.projectId());
        var comment = reviews.guestComment(projectId, link.id(), pass.name(), target, text);
        guestComments.save(new GuestComment(comment.id().value(), link.id(), shotId.value(), pass.name(),
                text.strip(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        relay.changed(projectId, new LiveUpdate.ReviewChanged(shotId.toString(),
                target instanceof CommentTarget.OnTake onTake ? onTake.takeId().toString() : "",
                comment.id().toString()));
        return comment;
    }

    /**
     * The media key a link-scoped address names ({@code <key>} of {@code review/<secret>/media/<key>}), when it is
     * the clip, poster or thumbnail of the selected take of a shot the link covers, the link is active, and — for a
     * link with a password — the guest has entered it in this session ({@code entered} holds the links entered).
     * Anything else is empty: the caller answers it as missing.
     */
    @Transactional(readOnly = true)
    public Optional<MediaKey> guestMedia(String token, String key, Set<ReviewLinkId> entered) {
        ReviewLink link;
        try {
            link = active(token);
        } catch (ReviewLinkRefused refused) {
            return Optional.empty();
        }
        if (link.passwordHash() != null && !entered.contains(new ReviewLinkId(link.id()))) {
            return Optional.empty();
        }
        var media = "/media/" + key;
        return covered(link).stream().map(StoryboardShot::selected).filter(take -> take != null)
                .filter(take -> take.clipUrl().equals(media) || take.posterUrl().equals(media)
                        || take.thumbnailUrl().equals(media))
                .findFirst().map(take -> new MediaKey(key));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private ReviewLink active(String token) {
        if (!LinkSecrets.wellFormed(token)) {
            throw new ReviewLinkRefused("review-link.error.unknown");
        }
        var link = links.findByTokenHash(LinkSecrets.hash(token))
                .orElseThrow(() -> new ReviewLinkRefused("review-link.error.unknown"));
        return switch (link.state(clock.instant())) {
            case ACTIVE -> link;
            case EXPIRED -> throw new ReviewLinkRefused("review-link.error.expired");
            case REVOKED -> throw new ReviewLinkRefused("review-link.error.revoked");
        };
    }

    private ReviewLink entered(GuestPass pass) {
        var link = active(pass.token());
        if (!link.id().equals(pass.linkId().value())) {
            throw new ReviewLinkRefused("review-link.error.unknown");
        }
        return link;
    }

    private List<StoryboardShot> covered(ReviewLink link) {
        var projectId = new ProjectId(link.projectId());
        return access.asGuestViewer(projectId, () -> takes.storyboard(projectId, 0, takes.storyboardSize(projectId)))
                .stream().filter(shot -> link.covers(shot.shotId().value())).toList();
    }

    /** The shot as a guest may see it: no heading from the script, no prompt, no crew names. */
    private static GuestShot guestShot(StoryboardShot shot, String token) {
        var take = shot.selected();
        var prefix = "/" + PATH + "/" + token + "/media/";
        var shown = take == null ? null : new TakeView(take.id(), take.shotId(), take.number(), "", "", 0, "",
                take.made(), true, false, prefix + take.clipUrl().substring("/media/".length()),
                prefix + take.posterUrl().substring("/media/".length()),
                prefix + take.thumbnailUrl().substring("/media/".length()), take.width(), take.height(), take.fps(),
                take.frames(), take.duration(), take.contentType());
        return new GuestShot(shot.shotId(), shot.sceneNumber(), shot.shotNumber(), shot.description(),
                shot.duration(), shown);
    }

    private ReviewLinkSummary summary(ReviewLink link, long guestComments) {
        var shots = new HashSet<ShotId>();
        link.shots().forEach(id -> shots.add(new ShotId(id)));
        return new ReviewLinkSummary(new ReviewLinkId(link.id()), link.wholeBoard() ? Set.of() : shots,
                link.passwordHash() != null, link.allowComments(), link.createdByName(), link.createdAt(),
                link.expiresAt(), link.revokedAt(), link.state(clock.instant()), guestComments);
    }
}
