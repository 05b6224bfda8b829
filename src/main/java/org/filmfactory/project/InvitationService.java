package org.filmfactory.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.project.internal.Invitation;
import org.filmfactory.project.internal.InvitationLetter;
import org.filmfactory.project.internal.Invitations;
import org.filmfactory.project.internal.Mailer;
import org.filmfactory.project.internal.Membership;
import org.filmfactory.project.internal.Memberships;
import org.filmfactory.project.internal.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by link: an owner issues one for a role, shares the link (and, with SMTP configured, it is e-mailed in
 * the invitee's language), and the first signed-in person to accept it joins the crew in that role. Links are
 * single-use, expire after {@code filmfactory.project.invitation-lifetime} and can be revoked.
 */
@Service
@Transactional
public class InvitationService {

    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Invitations invitations;
    private final Memberships memberships;
    private final Projects projects;
    private final UserDirectory directory;
    private final Mailer mailer;
    private final ProjectSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InvitationService(ProjectAccess access, CurrentUser currentUser, Invitations invitations, Memberships memberships,
            Projects projects, UserDirectory directory, Mailer mailer, ProjectSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.invitations = invitations;
        this.memberships = memberships;
        this.projects = projects;
        this.directory = directory;
        this.mailer = mailer;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues an invitation for {@code role}. When {@code email} is given and SMTP is configured the link is e-mailed
     * too; a failed e-mail does not undo the invitation, it is reported in the result so the link can be shared by
     * hand.
     */
    public IssuedInvitation invite(ProjectId projectId, ProjectRole role, @Nullable String email) {
        access.require(projectId, Permission.INVITE);
        var address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new InvalidProjectDetails("email", "invitation.error.email");
        }
        var inviter = currentUser.require();
        var project = projects.findById(projectId.value()).orElseThrow(() -> new NotAllowed(Permission.INVITE));
        var token = newToken();
        var now = clock.instant();
        var invitation = new Invitation(UUID.randomUUID(), projectId.value(), role, hash(token), address,
                inviter.id().value(), now, now.plus(settings.invitationLifetime()));
        invitations.save(invitation);
        var id = new InvitationId(invitation.id());
        events.publishEvent(new InvitationIssued(projectId, id, role));
        var path = "join/" + token;
        boolean mailFailed = false;
        String sentTo = null;
        if (address != null && mailer.available()) {
            var language = directory.findByEmail(address).map(p -> p.locale()).orElse(project.language().locale());
            var letter = new InvitationLetter(address, language, inviter.displayName(), project.name(), role,
                    settings.publicUrl().resolve(path).toString(), invitation.expiresAt());
            if (mailer.send(letter)) {
                sentTo = address;
            } else {
                mailFailed = true;
            }
        }
        return new IssuedInvitation(id, path, role, invitation.expiresAt(), sentTo, mailFailed);
    }

    /** All invitations of a project, newest first, for its owners. */
    @Transactional(readOnly = true)
    public List<InvitationSummary> list(ProjectId projectId) {
        access.require(projectId, Permission.INVITE);
        var all = invitations.findByProjectIdOrderByCreatedAtDesc(projectId.value());
        var people = directory.profiles(all.stream()
                .flatMap(i -> i.acceptedBy() == null ? java.util.stream.Stream.of(i.invitedBy())
                        : java.util.stream.Stream.of(i.invitedBy(), i.acceptedBy()))
                .distinct().map(UserId::new).toList());
        var now = clock.instant();
        return all.stream().map(i -> new InvitationSummary(new InvitationId(i.id()), i.role(), i.email(),
                name(people, i.invitedBy()), i.createdAt(), i.expiresAt(), i.status(now),
                i.acceptedBy() == null ? null : name(people, i.acceptedBy()))).toList();
    }

    public void revoke(ProjectId projectId, InvitationId invitationId) {
        access.require(projectId, Permission.INVITE);
        var invitation = invitations.findById(invitationId.value())
                .filter(i -> i.projectId().equals(projectId.value()))
                .orElseThrow(InvitationUnusable::unknown);
        invitation.revoke(clock.instant());
        events.publishEvent(new InvitationRevoked(projectId, invitationId));
    }

    /** What a link offers; anyone holding the link may look, signed in or not. */
    @Transactional(readOnly = true)
    public InvitationPreview preview(String token) {
        var invitation = byToken(token);
        var project = projects.findById(invitation.projectId()).orElseThrow(InvitationUnusable::unknown);
        var inviter = directory.profile(new UserId(invitation.invitedBy())).displayName();
        return new InvitationPreview(project.name(), invitation.role(), inviter, invitation.expiresAt(),
                invitation.status(clock.instant()));
    }

    /**
     * The signed-in person joins the project in the invitation's role. Someone already on the crew keeps their
     * role and the link stays unused for the person it was meant for.
     */
    public JoinedProject accept(String token) {
        var user = currentUser.requireId();
        var invitation = byToken(token);
        var projectId = new ProjectId(invitation.projectId());
        var status = invitation.status(clock.instant());
        if (status != InvitationStatus.OPEN) {
            throw InvitationUnusable.because(status);
        }
        if (memberships.existsById(new Membership.Key(projectId.value(), user.value()))) {
            return new JoinedProject(projectId, true);
        }
        // An archived project takes no new members, even with a link issued before it was archived.
        if (projects.findById(projectId.value()).map(p -> p.archived()).orElse(true)) {
            throw new ProjectArchivedRefusal();
        }
        try {
            invitation.accept(user.value(), clock.instant());
            invitations.saveAndFlush(invitation);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw InvitationUnusable.because(InvitationStatus.ACCEPTED);
        }
        memberships.save(new Membership(projectId.value(), user.value(), invitation.role(), clock.instant()));
        projects.markChanged(projectId.value(), clock.instant());
        events.publishEvent(new MemberJoined(projectId, user, invitation.role()));
        return new JoinedProject(projectId, false);
    }

    private Invitation byToken(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw InvitationUnusable.unknown();
        }
        return invitations.findByTokenHash(hash(token)).orElseThrow(InvitationUnusable::unknown);
    }

    private String newToken() {
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String name(java.util.Map<UserId, org.filmfactory.account.UserProfile> people, UUID id) {
        var profile = people.get(new UserId(id));
        return profile == null ? "?" : profile.displayName();
    }
}
