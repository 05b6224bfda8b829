package org.filmfactory.review.ui.links;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.review.CommentRefused;
import org.filmfactory.review.GuestLink;
import org.filmfactory.review.GuestPass;
import org.filmfactory.review.GuestShot;
import org.filmfactory.review.ReviewLinkRefused;
import org.filmfactory.review.ReviewLinks;
import org.filmfactory.review.internal.links.GuestSessions;
import org.filmfactory.take.ui.Sketch;
import org.filmfactory.take.ui.TakePlayer;
import org.jspecify.annotations.Nullable;

/**
 * A review link's page, open without an account ({@code /review/<secret>}): the guest gives a name (and the password,
 * when the link has one), then sees the shots the link covers as a list that fits a phone, plays each one's selected
 * take and — when the link allows it — comments on the frame on screen. The guest's pass lives in this browser
 * session only. Every step asks {@link ReviewLinks} again, so a link revoked or expired meanwhile is refused at the
 * guest's next step, with the reason and nothing else.
 */
@Route(value = ReviewLinks.PATH + "/:token", autoLayout = false)
@AnonymousAllowed
class GuestReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The VaadinSession attribute holding this session's passes, by link secret. */
    private static final String PASSES = GuestReviewView.class.getName() + ".passes";

    private final ReviewLinks links;
    private final Translations translations;

    private @Nullable GuestPass pass;
    private @Nullable GuestLink link;
    private List<GuestShot> shots = List.of();
    private @Nullable GuestShot current;
    private final TakePlayer player = new TakePlayer();
    private final Div shotList = new Div();
    private final Paragraph shotTitle = new Paragraph();
    private final TextArea comment = new TextArea();
    private final Button send = new Button();

    GuestReviewView(ReviewLinks links, Translations translations) {
        this.links = links;
        this.translations = translations;
        setId("guest-review");
        addClassName("guest-review");
        getStyle().set("max-width", "960px").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var token = event.getRouteParameters().get("token").orElse("");
        var asked = event.getLocation().getQueryParameters().getSingleParameter("shot").orElse(null);
        guarded(() -> {
            link = links.open(token);
            add(new H1(link.projectName()));
            var known = passes().get(token);
            if (known != null) {
                review(known, asked);
            } else {
                enterForm(token, asked);
            }
        });
    }

    private void enterForm(String token, @Nullable String asked) {
        var welcome = new Paragraph(getTranslation("review-link.guest.welcome", link.projectName()));
        welcome.setId("guest-welcome");
        var name = new TextField(getTranslation("review-link.guest.name"));
        name.setId("guest-name");
        name.setMaxLength(ReviewLinks.MAX_GUEST_NAME);
        name.setWidthFull();
        var password = new PasswordField(getTranslation("review-link.guest.password"));
        password.setId("guest-password");
        password.setWidthFull();
        password.setVisible(link.passwordRequired());
        var enter = new Button(getTranslation("review-link.guest.enter"));
        enter.setId("guest-enter");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        enter.addClickListener(e -> {
            try {
                var entered = links.enter(token, name.getValue(), password.getValue());
                passes().put(token, entered);
                var session = VaadinSession.getCurrent().getSession();
                session.setAttribute(GuestSessions.ATTRIBUTE,
                        GuestSessions.with(session.getAttribute(GuestSessions.ATTRIBUTE), entered.linkId()));
                removeAll();
                add(new H1(link.projectName()));
                guarded(() -> review(entered, asked));
            } catch (ReviewLinkRefused refused) {
                if (refused.messageKey().equals("review-link.error.name")) {
                    name.setInvalid(true);
                    name.setErrorMessage(text(refused));
                } else if (refused.messageKey().equals("review-link.error.password")) {
                    password.setInvalid(true);
                    password.setErrorMessage(text(refused));
                } else {
                    refuse(refused);
                }
            }
        });
        var expires = new Paragraph(getTranslation("review-link.guest.expires",
                StudioTime.format(link.expiresAt(), FormatStyle.MEDIUM, FormatStyle.SHORT)));
        expires.addClassName("studio-muted");
        add(welcome, name, password, enter, expires);
    }

    private void review(GuestPass entered, @Nullable String asked) {
        pass = entered;
        shots = links.shots(entered);
        var who = new Paragraph(getTranslation("review-link.guest.as", entered.name()));
        who.setId("guest-as");
        who.addClassName("studio-muted");
        player.setWidthFull();
        player.getStyle().set("max-height", "70vh");
        shotTitle.setId("guest-shot-title");
        shotList.setId("guest-shots");
        shotList.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(140px, 1fr))");
        shotList.removeAll();
        for (var shot : shots) {
            shotList.add(card(shot));
        }
        add(who, shotTitle, player);
        if (link != null && link.allowComments()) {
            comment.setLabel(getTranslation("review-link.guest.comment"));
            comment.setId("guest-comment");
            comment.setWidthFull();
            comment.setMaxLength(org.filmfactory.review.Reviews.MAX_TEXT);
            send.setText(getTranslation("review-link.guest.send"));
            send.setId("guest-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(e -> sendComment());
            add(comment, send);
        }
        add(new H3(getTranslation("review-link.shots")), shotList);
        var first = shots.stream().filter(s -> s.shotId().toString().equals(asked)).findFirst()
                .or(() -> shots.stream().findFirst());
        first.ifPresent(this::show);
    }

    private Component card(GuestShot shot) {
        var card = new Div();
        card.setId("guest-shot-" + shot.shotId());
        card.addClassName("guest-shot");
        card.getStyle().set("cursor", "pointer").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-xs)");
        if (shot.take() != null) {
            var thumbnail = new Image(shot.take().thumbnailUrl(), "");
            thumbnail.setWidthFull();
            card.add(thumbnail);
        }
        var label = new Span(getTranslation("review-link.guest.shot", shot.sceneNumber(), shot.shotNumber()));
        label.getStyle().set("display", "block").set("font-weight", "600");
        var description = new Span(shot.description());
        description.addClassName("studio-muted");
        description.getStyle().set("font-size", "var(--lumo-font-size-s)");
        card.add(label, description);
        // Each step asks the link again: a revoked or expired link is refused here, not only on reload.
        card.addClickListener(e -> guarded(() -> {
            shots = links.shots(pass);
            shots.stream().filter(s -> s.shotId().equals(shot.shotId())).findFirst().ifPresent(this::show);
        }));
        return card;
    }

    private void show(GuestShot shot) {
        current = shot;
        shotTitle.setText(getTranslation("review-link.guest.shot", shot.sceneNumber(), shot.shotNumber())
                + (shot.take() == null ? " · " + getTranslation("review-link.guest.no-take") : "")
                + (shot.description().isBlank() ? "" : " — " + shot.description()));
        shotTitle.getElement().setAttribute("data-shot", shot.shotId().toString());
        player.show(shot.take());
    }

    private void sendComment() {
        var shot = current;
        var entered = pass;
        if (shot == null || entered == null || comment.getValue().isBlank()) {
            return;
        }
        var text = comment.getValue();
        if (shot.take() == null) {
            post(entered, shot.shotId(), null, null, text);
            return;
        }
        try {
            player.currentSketch().whenComplete((sketch, failed) -> getUI().ifPresent(ui -> ui.access(() -> {
                if (failed != null || sketch == null) {
                    post(entered, shot.shotId(), null, null, text);
                } else {
                    post(entered, shot.shotId(), sketch.frame(), drawing(sketch), text);
                }
            })));
        } catch (UnsupportedOperationException notYet) {
            // A player without frame notes: the comment is on the shot as a whole.
            post(entered, shot.shotId(), null, null, text);
        }
    }

    private static @Nullable String drawing(Sketch sketch) {
        return sketch.drawing().replace(" ", "").equals("{\"strokes\":[]}") ? null : sketch.drawing();
    }

    private void post(GuestPass entered, ShotId shotId, @Nullable Long frame, @Nullable String drawing, String text) {
        try {
            links.comment(entered, shotId, frame, drawing, text);
            comment.clear();
            comment.setInvalid(false);
            var sent = Notices.success(getTranslation("review-link.guest.sent"));
            sent.setId("guest-sent");
        } catch (CommentRefused refused) {
            comment.setInvalid(true);
            comment.setErrorMessage(text(refused));
        } catch (ReviewLinkRefused refused) {
            refuse(refused);
        }
    }

    /** Runs a step; a link that no longer opens (or a refusal) replaces the page with its reason. */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (ReviewLinkRefused refused) {
            refuse(refused);
        }
    }

    private void refuse(UserFacingException refused) {
        removeAll();
        pass = null;
        shots = List.of();
        current = null;
        add(new H1("Film Factory"));
        var problem = new Paragraph(text(refused));
        problem.setId("review-link-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(problem);
    }

    private String text(UserFacingException refused) {
        return translations.translate(getLocale(), refused.messageKey(), refused.arguments());
    }

    /** This browser session's passes, by link secret (in the session only). */
    @SuppressWarnings("unchecked")
    private static Map<String, GuestPass> passes() {
        var session = VaadinSession.getCurrent();
        var passes = (Map<String, GuestPass>) session.getAttribute(PASSES);
        if (passes == null) {
            passes = new HashMap<>();
            session.setAttribute(PASSES, passes);
        }
        return passes;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review-link.guest.title") + " · Film Factory";
    }
}
