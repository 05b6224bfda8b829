package org.filmfactory.review.ui.links;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.review.GuestNote;
import org.filmfactory.review.NewReviewLink;
import org.filmfactory.review.ReviewLinkState;
import org.filmfactory.review.ReviewLinkSummary;
import org.filmfactory.review.ReviewLinks;
import org.filmfactory.take.StoryboardShot;
import org.filmfactory.take.TakeGeneration;
import org.jspecify.annotations.Nullable;

/**
 * The project's review links, for owners and directors: make one (some shots or the whole storyboard, how many days,
 * a password, comments on or off), copy it (shown once), revoke it; the list shows each link's state and how many
 * comments guests left, and the latest guest comments, live.
 */
@Route(value = ReviewLinksView.SECTION, layout = ProjectShell.class)
@PermitAll
class ReviewLinksView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SECTION = "review-links";

    private final ReviewLinks links;
    private final TakeGeneration takes;
    private final LiveFollower follower;
    private final Translations translations;

    private final MultiSelectComboBox<StoryboardShot> shots = new MultiSelectComboBox<>();
    private final NumberField days = new NumberField();
    private final PasswordField password = new PasswordField();
    private final Checkbox comments = new Checkbox();
    private final TextField issued = new TextField();
    private final Div rows = new Div();
    private final Div notes = new Div();
    private @Nullable ProjectId projectId;
    private @Nullable Registration following;

    ReviewLinksView(ReviewLinks links, TakeGeneration takes, LiveFollower follower, Translations translations) {
        this.links = links;
        this.takes = takes;
        this.follower = follower;
        this.translations = translations;
        setId("review-links");
        getStyle().set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        shots.setLabel(getTranslation("review-link.shots"));
        shots.setPlaceholder(getTranslation("review-link.shots.all"));
        shots.setId("review-link-shots");
        shots.setItemLabelGenerator(shot -> getTranslation("review-link.shot", shot.sceneNumber(), shot.shotNumber())
                + (shot.description().isBlank() ? "" : " — " + shot.description()));
        shots.setWidth("min(100%, 28em)");
        days.setLabel(getTranslation("review-link.lifetime"));
        days.setId("review-link-days");
        days.setMin(1);
        days.setMax(ReviewLinks.MAX_LIFETIME.toDays());
        days.setStep(1);
        days.setValue(7d);
        days.setStepButtonsVisible(true);
        password.setLabel(getTranslation("review-link.password"));
        password.setId("review-link-password");
        comments.setLabel(getTranslation("review-link.allow-comments"));
        comments.setId("review-link-comments");
        comments.setValue(true);
        var create = new Button(getTranslation("review-link.make"), e -> create());
        create.setId("review-link-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(shots, days, password, comments, create);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        issued.setReadOnly(true);
        issued.setWidthFull();
        issued.setId("review-link-url");
        issued.setHelperText(getTranslation("review-link.created"));
        issued.setVisible(false);
        var copy = new Button(VaadinIcon.COPY.create());
        copy.setId("review-link-copy");
        copy.setAriaLabel(getTranslation("review-link.copy"));
        copy.setTooltipText(getTranslation("review-link.copy"));
        copy.addClickListener(e -> {
            issued.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    issued.getValue());
            Notices.success(getTranslation("review-link.copied"));
        });
        issued.setSuffixComponent(copy);
        rows.setId("review-link-list");
        rows.getStyle().set("display", "flex").set("flex-direction", "column");
        notes.setId("review-link-notes");
        notes.getStyle().set("display", "flex").set("flex-direction", "column");
        add(new H2(getTranslation("review-link.section")), new Paragraph(getTranslation("review-link.intro")),
                new H3(getTranslation("review-link.create")), form, issued, rows, notes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            projectId = id;
            shots.setItems(takes.storyboard(id, 0, takes.storyboardSize(id)));
            issued.setVisible(false);
            refresh();
            if (following != null) {
                following.remove();
            }
            following = follower.follow(this, id, update -> {
                if (update instanceof LiveUpdate.ReviewChanged) {
                    refresh();
                }
            });
        } catch (UserFacingException refused) {
            Notices.error(text(refused));
            event.forwardTo("");
        }
    }

    private void create() {
        var id = projectId;
        if (id == null) {
            return;
        }
        var chosen = new HashSet<ShotId>();
        shots.getSelectedItems().forEach(shot -> chosen.add(shot.shotId()));
        // Whole days; a fraction (or nothing) is what the lifetime check refuses, with its message.
        var lifetime = days.getValue() == null ? Duration.ZERO
                : Duration.ofMinutes(Math.round(days.getValue() * 24 * 60));
        try {
            var made = links.create(id, new NewReviewLink(chosen, lifetime, password.getValue(), comments.getValue()));
            password.clear();
            days.setInvalid(false);
            // The link is built from the address the browser used, so it works behind any proxy.
            getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> {
                var page = url.toString();
                var base = page.substring(0, page.indexOf(ProjectNavigation.toRoom(id)));
                issued.setValue(base + made.path());
                issued.setVisible(true);
            }));
            refresh();
        } catch (UserFacingException refused) {
            if (refused.messageKey().equals("review-link.error.lifetime")) {
                days.setInvalid(true);
                days.setErrorMessage(text(refused));
            } else if (refused.messageKey().equals("review-link.error.password-length")) {
                password.setInvalid(true);
                password.setErrorMessage(text(refused));
            } else {
                Notices.error(text(refused));
            }
        }
    }

    private void refresh() {
        var id = projectId;
        if (id == null) {
            return;
        }
        show(links.links(id));
        showNotes(links.guestNotes(id));
    }

    private void show(List<ReviewLinkSummary> all) {
        rows.removeAll();
        if (all.isEmpty()) {
            var none = new Span(getTranslation("review-link.none"));
            none.addClassName("studio-muted");
            rows.add(none);
        }
        for (var link : all) {
            var covers = new Span(link.wholeStoryboard() ? getTranslation("review-link.shots.all")
                    : getTranslation("review-link.shots.some", link.shots().size()));
            var state = new Span(getTranslation(link.state().key()));
            state.getElement().getThemeList().add(link.state() == ReviewLinkState.ACTIVE ? "badge success" : "badge");
            state.addClassName("review-link-state");
            var by = new Span(getTranslation("review-link.made-by", link.createdBy(),
                    StudioTime.format(link.createdAt(), FormatStyle.SHORT, FormatStyle.SHORT)));
            by.addClassName("studio-muted");
            var expires = new Span(getTranslation("review-link.expires",
                    StudioTime.format(link.expiresAt(), FormatStyle.SHORT, FormatStyle.SHORT)));
            var options = new Span((link.passwordProtected() ? getTranslation("review-link.protected") + " · " : "")
                    + getTranslation(link.allowComments() ? "review-link.comments-on" : "review-link.comments-off"));
            var count = new Span(getTranslation("review-link.guest-comments", link.guestComments()));
            count.addClassName("review-link-count");
            var row = new HorizontalLayout(state, covers, expires, options, count, by);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setId("review-link-" + link.id());
            row.addClassName("review-link-row");
            if (link.state() == ReviewLinkState.ACTIVE) {
                var revoke = new Button(getTranslation("review-link.revoke"), e -> revoke(link));
                revoke.setId("review-link-revoke-" + link.id());
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL,
                        ButtonVariant.LUMO_ERROR);
                row.add(revoke);
            }
            rows.add(row);
        }
    }

    private void showNotes(List<GuestNote> all) {
        notes.removeAll();
        for (var note : all) {
            var guest = new Span(getTranslation("review-link.guest"));
            guest.getElement().getThemeList().add("badge contrast");
            var name = new Span(note.guestName());
            name.getStyle().set("font-weight", "600");
            var text = new Span(note.excerpt());
            var line = new HorizontalLayout(name, guest, text);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.addClassName("review-link-note");
            notes.add(line);
        }
    }

    private void revoke(ReviewLinkSummary link) {
        var id = projectId;
        if (id == null) {
            return;
        }
        try {
            links.revoke(id, link.id());
            Notices.success(getTranslation("review-link.revoked"));
        } catch (UserFacingException refused) {
            Notices.error(text(refused));
        }
        refresh();
    }

    private String text(UserFacingException refused) {
        return translations.translate(getLocale(), refused.messageKey(), refused.arguments());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review-link.section") + " · Film Factory";
    }
}
