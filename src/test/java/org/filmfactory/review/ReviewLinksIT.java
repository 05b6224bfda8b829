package org.filmfactory.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Review links through their facade: who may make them (owners and directors; editors, writers and viewers are
 * refused and nothing is stored), their lifetime bounds, revocation and expiry, the password, what a guest sees and
 * what the database keeps of the secret and the password (hashes only).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StudioClock.Setup.class)
class ReviewLinksIT {

    static final Duration WEEK = Duration.ofDays(7);

    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewLinks links;
    @Autowired
    StudioClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @TempDir
    Path folder;

    LinkStudio studio;

    @BeforeEach
    void studio() {
        studio = LinkStudio.create(context, "Rain City", folder);
    }

    @AfterEach
    void reset() {
        clock.reset();
        Actors.signOut();
    }

    @Test
    void directorAndOwnerMakeLinksOthersAreRefused() {
        var one = Set.of(studio.shots().get(1).id());
        studio.director().signIn();
        var byDirector = links.create(studio.project(), new NewReviewLink(one, WEEK, null, true));
        studio.owner().signIn();
        var byOwner = links.create(studio.project(), new NewReviewLink(Set.of(), WEEK, null, false));

        for (Actor refused : List.of(studio.editor(), studio.writer(), studio.viewer())) {
            refused.signIn();
            assertThatExceptionOfType(NotAllowed.class).as(refused.name())
                    .isThrownBy(() -> links.create(studio.project(), new NewReviewLink(one, WEEK, null, true)))
                    .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.approve"));
            assertThatExceptionOfType(NotAllowed.class).as(refused.name())
                    .isThrownBy(() -> links.links(studio.project()));
            assertThatExceptionOfType(NotAllowed.class).as(refused.name())
                    .isThrownBy(() -> links.revoke(studio.project(), byDirector.link().id()));
        }

        studio.director().signIn();
        assertThat(links.links(studio.project()))
                .extracting(ReviewLinkSummary::id, ReviewLinkSummary::createdBy, ReviewLinkSummary::shots,
                        ReviewLinkSummary::allowComments, ReviewLinkSummary::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(byOwner.link().id(), "Olga Owner", Set.of(), false,
                                ReviewLinkState.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(byDirector.link().id(), "Dario Director", one, true,
                                ReviewLinkState.ACTIVE));
        assertThat(jdbc.queryForObject("select count(*) from review_link where project_id = ?", Long.class,
                studio.project().value())).isEqualTo(2);
        assertThat(byDirector.link().expiresAt()).isEqualTo(byDirector.link().createdAt().plus(WEEK));
    }

    @Test
    void theSecretIsLongAndStoredOnlyAsItsHash() throws Exception {
        var issued = links.create(studio.project(), new NewReviewLink(Set.of(), WEEK, null, true));
        var secret = issued.path().substring("review/".length());

        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        var row = jdbc.queryForMap("select * from review_link where id = ?", issued.link().id().value());
        assertThat(row.get("TOKEN_HASH")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII))));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(secret));
        assertThat(links.open(secret)).isEqualTo(new GuestLink("Rain City", false, true, issued.link().expiresAt()));
    }

    @Test
    void lifetimeIsBoundedAndNothingIsStoredWhenRefused() {
        for (var lifetime : List.of(Duration.ZERO, Duration.ofMinutes(59), Duration.ofDays(90).plusSeconds(1))) {
            assertThatExceptionOfType(ReviewLinkRefused.class).as(lifetime.toString())
                    .isThrownBy(() -> links.create(studio.project(), new NewReviewLink(Set.of(), lifetime, null, true)))
                    .satisfies(e -> assertThat(e.messageKey()).isEqualTo("review-link.error.lifetime"))
                    .satisfies(e -> assertThat(e.arguments()).containsExactly(1L, 90L));
        }
        assertThatExceptionOfType(ReviewLinkRefused.class)
                .isThrownBy(() -> links.create(studio.project(), new NewReviewLink(Set.of(), WEEK, "abc", true)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("review-link.error.password-length"));
        assertThat(links.links(studio.project())).isEmpty();

        links.create(studio.project(), new NewReviewLink(Set.of(), Duration.ofDays(90), null, true));
        assertThat(links.links(studio.project())).hasSize(1);
    }

    @Test
    void aShotOfAnotherProjectIsRefused() {
        var other = LinkStudio.create(context, "Elsewhere", folder);
        studio.director().signIn();

        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> links.create(studio.project(),
                new NewReviewLink(Set.of(other.shots().getFirst().id()), WEEK, null, true)));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> links.create(studio.project(),
                new NewReviewLink(Set.of(new ShotId(java.util.UUID.randomUUID())), WEEK, null, true)));
        assertThat(links.links(studio.project())).isEmpty();
    }

    @Test
    void revokedLinkIsRefusedFromTheNextStepOn() {
        var issued = links.create(studio.project(), new NewReviewLink(Set.of(), WEEK, null, true));
        var secret = issued.path().substring("review/".length());
        Actors.signOut();
        var pass = links.enter(secret, "  Clara Client ", null);
        assertThat(pass.name()).isEqualTo("Clara Client");
        assertThat(links.shots(pass)).hasSize(studio.shots().size());

        studio.director().signIn();
        links.revoke(studio.project(), issued.link().id());
        Actors.signOut();

        assertRefused(() -> links.open(secret), "review-link.error.revoked");
        assertRefused(() -> links.enter(secret, "Clara Client", null), "review-link.error.revoked");
        assertRefused(() -> links.shots(pass), "review-link.error.revoked");
        assertRefused(() -> links.comment(pass, studio.shots().getFirst().id(), null, null, "Nice"),
                "review-link.error.revoked");
        assertThat(links.guestMedia(secret, key(0, "clip"), Set.of())).isEmpty();
        studio.director().signIn();
        assertThat(links.links(studio.project())).extracting(ReviewLinkSummary::state)
                .containsExactly(ReviewLinkState.REVOKED);
    }

    @Test
    void expiredLinkIsRefused() {
        var issued = links.create(studio.project(), new NewReviewLink(Set.of(), Duration.ofHours(2), null, true));
        var secret = issued.path().substring("review/".length());
        Actors.signOut();
        var pass = links.enter(secret, "Clara Client", null);
        clock.advance(Duration.ofMinutes(119));
        assertThat(links.shots(pass)).hasSize(studio.shots().size());

        clock.advance(Duration.ofMinutes(1));

        assertRefused(() -> links.open(secret), "review-link.error.expired");
        assertRefused(() -> links.shots(pass), "review-link.error.expired");
        assertThat(links.guestMedia(secret, key(0, "clip"), Set.of())).isEmpty();
        studio.director().signIn();
        assertThat(links.links(studio.project())).extracting(ReviewLinkSummary::state)
                .containsExactly(ReviewLinkState.EXPIRED);
    }

    @Test
    void passwordIsAskedForAndStoredOnlyAsAHash() {
        var issued = links.create(studio.project(), new NewReviewLink(Set.of(), WEEK, "open sesame", true));
        var secret = issued.path().substring("review/".length());
        Actors.signOut();

        assertThat(links.open(secret).passwordRequired()).isTrue();
        assertRefused(() -> links.enter(secret, "Clara Client", null), "review-link.error.password");
        assertRefused(() -> links.enter(secret, "Clara Client", "open sesamE"), "review-link.error.password");
        var pass = links.enter(secret, "Clara Client", "open sesame");
        assertThat(pass.linkId()).isEqualTo(issued.link().id());

        var stored = jdbc.queryForObject("select password_hash from review_link where id = ?", String.class,
                issued.link().id().value());
        assertThat(stored).doesNotContain("open sesame").startsWith("{bcrypt}");
        assertThat(passwords.matches("open sesame", stored)).isTrue();
        // The media of a password link need the session that entered it.
        assertThat(links.guestMedia(secret, key(0, "clip"), Set.of())).isEmpty();
        assertThat(links.guestMedia(secret, key(0, "clip"), Set.of(issued.link().id())))
                .contains(new MediaKey(key(0, "clip")));
    }

    @Test
    void guestSeesOnlyTheCoveredShotsWithoutTheCrew() {
        var second = studio.shots().get(1);
        var issued = links.create(studio.project(), new NewReviewLink(Set.of(second.id()), WEEK, null, true));
        var secret = issued.path().substring("review/".length());
        Actors.signOut();
        var pass = links.enter(secret, "Clara Client", null);

        var shots = links.shots(pass);

        assertThat(shots).extracting(GuestShot::shotId).containsExactly(second.id());
        var take = shots.getFirst().take();
        var mine = studio.takes().get(1);
        assertThat(take.id()).isEqualTo(mine.id());
        assertThat(take.clipUrl()).isEqualTo("/review/" + secret + mine.clipUrl());
        assertThat(take.posterUrl()).isEqualTo("/review/" + secret + mine.posterUrl());
        assertThat(take.madeBy()).isEmpty();
        assertThat(take.prompt()).isEmpty();
        assertThat(take.frames()).isEqualTo(12);

        assertThat(links.guestMedia(secret, key(1, "clip"), Set.of())).contains(new MediaKey(key(1, "clip")));
        assertThat(links.guestMedia(secret, key(1, "poster"), Set.of())).contains(new MediaKey(key(1, "poster")));
        assertThat(links.guestMedia(secret, key(1, "thumbnail"), Set.of()))
                .contains(new MediaKey(key(1, "thumbnail")));
        assertThat(links.guestMedia(secret, key(0, "clip"), Set.of())).isEmpty();
        assertThat(links.guestMedia(secret, key(2, "poster"), Set.of())).isEmpty();
        assertRefused(() -> links.comment(pass, studio.shots().getFirst().id(), null, null, "Forged"),
                "review-link.error.not-covered");
        assertRefused(() -> links.comment(new GuestPass(secret, new ReviewLinkId(java.util.UUID.randomUUID()),
                "Forger"), second.id(), null, null, "Forged"), "review-link.error.unknown");
        assertRefused(() -> links.enter("x".repeat(43), "Clara", null), "review-link.error.unknown");
        assertRefused(() -> links.enter(secret, " ", null), "review-link.error.name");
        assertRefused(() -> links.enter(secret, "C".repeat(81), null), "review-link.error.name");
    }

    @Test
    void commentsOffRefusesGuestComments() {
        var issued = links.create(studio.project(), new NewReviewLink(Set.of(), WEEK, null, false));
        var secret = issued.path().substring("review/".length());
        Actors.signOut();
        var pass = links.enter(secret, "Clara Client", null);

        assertRefused(() -> links.comment(pass, studio.shots().getFirst().id(), 3L, null, "Nice"),
                "review-link.error.no-comments");
        studio.director().signIn();
        assertThat(links.links(studio.project())).extracting(ReviewLinkSummary::guestComments).containsExactly(0L);
    }

    /** The key of one of the studio's takes' files: {@code clip}, {@code poster} or {@code thumbnail}. */
    private String key(int shot, String file) {
        var take = studio.takes().get(shot);
        var url = switch (file) {
            case "clip" -> take.clipUrl();
            case "poster" -> take.posterUrl();
            default -> take.thumbnailUrl();
        };
        return url.substring("/media/".length());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatExceptionOfType(ReviewLinkRefused.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
