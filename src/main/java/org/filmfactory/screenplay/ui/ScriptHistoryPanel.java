package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.filmfactory.platform.InvalidInput;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ScriptComparison;
import org.filmfactory.screenplay.ScriptHistory;
import org.filmfactory.screenplay.ScriptVersion;

/**
 * The script's history as one component: the kept versions (name one, view one, compare one with now side by side in
 * a {@link ScriptComparisonView}, restore one after a confirmation), and "who changed what" in a
 * {@link ScriptBlameView}. Naming and restoring show only to those who may edit the script; the service refuses
 * everyone else anyway. Everything is plain buttons and fields in reading order, so it works from the keyboard.
 */
class ScriptHistoryPanel extends Div {

    /** Versions drawn at once: a script written for months keeps thousands of automatic ones. */
    static final int PAGE = 30;

    private final ScriptHistory history;
    private final Translations translations;
    private final ProjectId projectId;
    private final boolean editable;

    private final TextField name = new TextField();
    private final Button nameSave = new Button();
    private final Div list = new Div();
    private final Div shown = new Div();
    private final ScriptBlameView blame;
    private final TabSheet tabs = new TabSheet();
    /** How many versions the list draws: the newest {@link #PAGE}, more on request. */
    private int shownVersions = PAGE;

    ScriptHistoryPanel(ScriptHistory history, Translations translations, ProjectId projectId, boolean editable) {
        this.history = history;
        this.translations = translations;
        this.projectId = projectId;
        this.editable = editable;
        this.blame = new ScriptBlameView(history, translations, projectId);
        setId("history-panel");
        setWidthFull();

        var versionsTab = new Div();
        if (editable) {
            name.setId("history-name");
            name.setLabel(translations.translate(getLocale(), "screenplay.history.name"));
            name.setPlaceholder(translations.translate(getLocale(), "screenplay.history.name-placeholder"));
            name.setMaxLength(org.filmfactory.screenplay.VersionNameRefused.MAX_LENGTH);
            name.setClearButtonVisible(true);
            name.getStyle().set("flex", "1 1 18rem");
            nameSave.setText(translations.translate(getLocale(), "screenplay.history.name-save"));
            nameSave.setId("history-name-save");
            nameSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            nameSave.addClickListener(e -> nameVersion());
            nameSave.addClickShortcut(Key.ENTER).listenOn(name);
            var naming = new Div(name, nameSave);
            naming.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                    .set("flex-wrap", "wrap").set("max-width", "40rem");
            versionsTab.add(naming);
        }
        list.setId("history-versions");
        list.getElement().setAttribute("role", "list");
        list.getStyle().set("flex", "0 1 30rem").set("min-width", "16rem").set("max-height", "75vh")
                .set("overflow-y", "auto");
        shown.setId("history-shown");
        shown.getStyle().set("flex", "1 1 30rem").set("min-width", "0");
        var columns = new Div(list, shown);
        columns.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap")
                .set("align-items", "flex-start").set("margin-top", "var(--lumo-space-m)");
        versionsTab.add(columns);

        var versionsEntry = tabs.add(translations.translate(getLocale(), "screenplay.history.versions"), versionsTab);
        versionsEntry.setId("history-tab-versions");
        var blameEntry = tabs.add(translations.translate(getLocale(), "screenplay.history.blame"), blame);
        blameEntry.setId("history-tab-blame");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == blameEntry && !blame.loaded()) {
                blame.show();
            }
        });
        add(tabs);
        showVersions();
    }

    /** Redraws the list of versions from the service: the newest, and as many earlier ones as were asked for. */
    void showVersions() {
        ScriptHistory.KeptVersions kept;
        try {
            kept = history.newestVersions(projectId, Math.max(shownVersions, PAGE));
        } catch (UserFacingException refused) {
            Notices.error(message(refused));
            return;
        }
        list.removeAll();
        shownVersions = kept.newest().size();
        if (kept.newest().isEmpty()) {
            var none = new Paragraph(translations.translate(getLocale(), "screenplay.history.none"));
            none.setId("history-none");
            none.addClassName("studio-muted");
            list.add(none);
        }
        for (var version : kept.newest()) {
            list.add(row(version));
        }
        int notShown = kept.total() - shownVersions;
        if (notShown > 0) {
            var earlier = new Button(translations.translate(getLocale(), "screenplay.history.earlier",
                    Math.min(PAGE, notShown), notShown), e -> {
                        shownVersions += PAGE;
                        showVersions();
                    });
            earlier.setId("history-earlier");
            earlier.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            list.add(earlier);
        }
    }

    private Component row(ScriptVersion version) {
        var id = version.id().toString();
        var label = new Span(label(version));
        label.getStyle().set("font-weight", version.automatic() ? "normal" : "600");
        if (version.automatic()) {
            label.addClassName("studio-muted");
        }
        var meta = new Span(translations.translate(getLocale(), "screenplay.history.meta", version.revision(),
                version.createdBy() == null ? "—" : version.createdBy(), when(version.createdAt())));
        meta.addClassName("studio-muted");
        meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("display", "block");
        var view = new Button(translations.translate(getLocale(), "screenplay.history.view"), e -> view(version));
        view.setId("version-view-" + id);
        var compare = new Button(translations.translate(getLocale(), "screenplay.history.compare"),
                e -> compare(version));
        compare.setId("version-compare-" + id);
        var actions = new Div(view, compare);
        for (var button : List.of(view, compare)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        if (editable) {
            var restore = new Button(translations.translate(getLocale(), "screenplay.history.restore"),
                    e -> confirmRestore(version));
            restore.setId("version-restore-" + id);
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_ERROR);
            actions.add(restore);
        }
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        var row = new Div(label, meta, actions);
        row.setId("version-" + id);
        row.getElement().setAttribute("role", "listitem");
        row.getElement().setAttribute("data-revision", String.valueOf(version.revision()));
        row.getElement().setAttribute("data-automatic", String.valueOf(version.automatic()));
        row.getStyle().set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    private void nameVersion() {
        try {
            var kept = history.name(projectId, name.getValue());
            name.clear();
            name.setInvalid(false);
            Notices.success(translations.translate(getLocale(), "screenplay.history.named", kept.name(),
                    kept.revision()));
            shownVersions++;
            showVersions();
        } catch (InvalidInput refused) {
            name.setErrorMessage(message(refused));
            name.setInvalid(true);
        } catch (UserFacingException refused) {
            Notices.error(message(refused));
        }
    }

    /** Shows a version's whole text, read-only. */
    void view(ScriptVersion version) {
        try {
            var text = history.text(projectId, version.id());
            shown.removeAll();
            var heading = new H3(translations.translate(getLocale(), "screenplay.history.viewing", label(version),
                    version.revision()));
            var body = new Div();
            body.setId("history-text");
            body.setText(text);
            body.getElement().setAttribute("tabindex", "0");
            body.getElement().setAttribute("aria-label", heading.getText());
            body.getStyle().set("white-space", "pre-wrap").set("font-family", HistoryFormat.SCRIPT_FONT)
                    .set("border", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-m)")
                    .set("max-height", "70vh").set("overflow-y", "auto").set("overflow-wrap", "anywhere");
            shown.add(heading, body);
        } catch (UserFacingException refused) {
            Notices.error(message(refused));
        }
    }

    /** Shows a version beside the live text, changed lines highlighted and long unchanged runs folded. */
    void compare(ScriptVersion version) {
        ScriptComparison comparison;
        try {
            comparison = history.compare(projectId, version.id());
        } catch (UserFacingException refused) {
            Notices.error(message(refused));
            return;
        }
        shown.removeAll();
        shown.add(new ScriptComparisonView(comparison, label(version), version.revision(), translations));
    }

    private void confirmRestore(ScriptVersion version) {
        var confirm = new ConfirmDialog(translations.translate(getLocale(), "screenplay.history.restore.title"),
                translations.translate(getLocale(), "screenplay.history.restore.text", label(version),
                        version.revision()),
                translations.translate(getLocale(), "screenplay.history.restore"), e -> restore(version));
        confirm.setId("history-restore-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(translations.translate(getLocale(), "action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Restores a version (what the confirmation calls). */
    void restore(ScriptVersion version) {
        try {
            var draft = history.restore(projectId, version.id());
            Notices.success(translations.translate(getLocale(), "screenplay.history.restored", label(version),
                    draft.revision()));
            shown.removeAll();
            shownVersions++; // the text it replaced is kept as a version, on top
            showVersions();
            blame.forget();
            if (tabs.getSelectedIndex() == 1) {
                blame.show();
            }
        } catch (UserFacingException refused) {
            Notices.error(message(refused));
        }
    }

    private String label(ScriptVersion version) {
        var given = version.name();
        return given == null ? translations.translate(getLocale(), "screenplay.history.automatic") : given;
    }

    private String when(Instant at) {
        return HistoryFormat.when(at, getLocale());
    }

    private String message(UserFacingException refused) {
        return translations.translate(getLocale(), refused.messageKey(), refused.arguments());
    }
}
