package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.collab.Subscription;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.screenplay.ScreenplayRevised;
import org.filmfactory.screenplay.ScriptChangedMeanwhile;
import org.filmfactory.screenplay.ScriptDraft;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptExchange;
import org.jspecify.annotations.Nullable;

/**
 * The screenplay in a plain text field. Saving names the revision the text was based on; when someone else saved
 * in between, nothing is overwritten: the person keeps their text, sees the other version, and chooses.
 */
@Route("projects/:projectId/script")
@PermitAll
class ScriptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScriptEditing editing;
    private final ProjectManagement projects;
    private final ProjectFeed feed;
    private final Translations translations;

    private final H2 title = new H2();
    private final Span status = new Span();
    private final TextArea text = new TextArea();
    private final Button save = new Button();
    private final Div conflict = new Div();
    private final ScriptExchangePanel exchangePanel;
    private @Nullable ProjectId projectId;
    private @Nullable ScriptDraft base;
    private boolean dirty;
    private @Nullable Subscription subscription;

    ScriptView(ScriptEditing editing, ProjectManagement projects, ProjectFeed feed, Translations translations,
            ScriptExchange exchange) {
        this.editing = editing;
        this.projects = projects;
        this.feed = feed;
        this.translations = translations;
        addClassName("studio-page");
        setId("script-view");
        status.setId("script-status");
        status.addClassName("studio-muted");
        text.setId("script-text");
        text.setWidthFull();
        text.setMinHeight("60vh");
        text.addClassName("script-text");
        // Whole-text sync on change (blur, save, Ctrl+S), not per keystroke: a feature script is some 200 KB.
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        text.addValueChangeListener(e -> dirty = e.isFromClient() || dirty);
        // The first keystroke of each burst tells the server "typed here" (no text travels): an editor with typing
        // the server has not seen yet must never be replaced by someone else's newer revision.
        text.getElement().addEventListener("input", e -> dirty = true)
                .debounce(1000, com.vaadin.flow.dom.DebouncePhase.LEADING);
        save.setText(getTranslation("action.save"));
        save.setId("script-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        save.addClickListener(e -> save(false));
        conflict.setId("script-conflict");
        conflict.setVisible(false);
        var bar = new HorizontalLayout(save, status);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        exchangePanel = new ScriptExchangePanel(exchange, translations, () -> dirty);
        exchangePanel.addImportListener(imported -> show(imported.draft()));
        add(title, bar, exchangePanel, conflict, text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var previous = projectId;
        try {
            projectId = ProjectId.parse(event.getRouteParameters().get("projectId").orElse(""));
            var project = projects.find(projectId);
            title.removeAll();
            var back = StudioLinks.to("projects/" + projectId, project.name());
            title.add(back, new Span(" · " + getTranslation("screenplay.section")));
            show(editing.open(projectId));
            if (isAttached() && !projectId.equals(previous)) {
                // The router reused this view for another project's script.
                getUI().ifPresent(this::follow);
            }
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    private void show(ScriptDraft draft) {
        base = draft;
        dirty = false;
        exchangePanel.setDraft(draft);
        text.setValue(draft.text());
        text.setReadOnly(!draft.editable());
        save.setVisible(draft.editable());
        conflict.setVisible(false);
        conflict.removeAll();
        status.setText(draft.revision() == 0 ? getTranslation("screenplay.no-revision")
                : getTranslation("screenplay.revision", draft.revision(), draft.revisedBy(),
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                                .withZone(ZoneOffset.UTC).format(draft.revisedAt())));
        status.getElement().setAttribute("data-revision", String.valueOf(draft.revision()));
    }

    /** Saves; {@code overTheirs} saves the person's text on top of a revision they have now seen. */
    private void save(boolean overTheirs) {
        var id = projectId;
        var current = base;
        if (id == null || current == null) {
            return;
        }
        var mine = text.getValue();
        try {
            long baseRevision = overTheirs ? editing.open(id).revision() : current.revision();
            show(editing.save(id, baseRevision, mine));
            Notices.success(getTranslation("screenplay.saved", base == null ? 0 : base.revision()));
        } catch (ScriptChangedMeanwhile meanwhile) {
            showConflict(id, mine, meanwhile);
        } catch (UserFacingException refused) {
            // The text stays as typed; only the message is shown.
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        }
    }

    private void showConflict(ProjectId id, String mine, ScriptChangedMeanwhile meanwhile) {
        var theirs = editing.open(id);
        conflict.removeAll();
        var message = new Paragraph(translations.translate(getLocale(), meanwhile.messageKey(), meanwhile.arguments()));
        var theirText = new TextArea(getTranslation("screenplay.their-version"));
        theirText.setValue(theirs.text());
        theirText.setReadOnly(true);
        theirText.setWidthFull();
        theirText.setId("script-theirs");
        var takeTheirs = new Button(getTranslation("screenplay.take-theirs"), e -> show(editing.open(id)));
        takeTheirs.setId("script-take-theirs");
        var keepMine = new Button(getTranslation("screenplay.keep-mine"), e -> save(true));
        keepMine.setId("script-keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        conflict.add(message, new HorizontalLayout(takeTheirs, keepMine), theirText);
        conflict.setVisible(true);
        text.setValue(mine);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        follow(event.getUI());
    }

    private void follow(com.vaadin.flow.component.UI ui) {
        unfollow();
        var id = projectId;
        if (id == null) {
            return;
        }
        subscription = feed.subscribe(id, update -> {
            if (ScreenplayRevised.LIVE_KIND.equals(update.kind())) {
                ui.access(() -> newerRevisionSaved(Long.parseLong(update.subject())));
            }
        });
    }

    /** Someone saved: an untouched editor simply shows it; one with unsaved changes says so and keeps them. */
    private void newerRevisionSaved(long revision) {
        var id = projectId;
        if (id == null || base == null || revision <= base.revision()) {
            return;
        }
        if (!dirty) {
            show(editing.open(id));
        } else {
            status.setText(getTranslation("screenplay.newer-saved", revision));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unfollow();
        super.onDetach(event);
    }

    private void unfollow() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screenplay.section") + " · Film Factory";
    }
}
