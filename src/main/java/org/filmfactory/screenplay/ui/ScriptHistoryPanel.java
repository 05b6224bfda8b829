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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.filmfactory.account.UserId;
import org.filmfactory.platform.InvalidInput;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.LineAuthor;
import org.filmfactory.screenplay.ScriptComparison;
import org.filmfactory.screenplay.ScriptComparison.Change;
import org.filmfactory.screenplay.ScriptComparison.ComparedLine;
import org.filmfactory.screenplay.ScriptHistory;
import org.filmfactory.screenplay.ScriptVersion;
import org.jspecify.annotations.Nullable;

/**
 * The script's history as one component: the kept versions (name one, view one, compare one with now side by side,
 * restore one after a confirmation), and "who changed what": the live text with a coloured mark per line for whoever
 * changed it last. Naming and restoring show only to those who may edit the script; the service refuses everyone
 * else anyway. Everything is plain buttons and fields in reading order, so it works from the keyboard.
 */
class ScriptHistoryPanel extends Div {

    /** Unchanged lines shown around each change; longer unchanged runs fold into a button. */
    static final int CONTEXT = 3;
    /** The script's own fonts, with a CJK fallback so Chinese lines keep their width and shape. */
    private static final String SCRIPT_FONT =
            "\"Courier Prime\", \"Courier New\", Courier, \"Noto Sans Mono CJK SC\", \"Noto Sans CJK SC\", monospace";
    /** The avatar colours (Lumo's user colours), with fallbacks where the theme does not define them. */
    private static final String[] USER_COLORS = {"#df0b92", "#650acc", "#097faa", "#ad6200", "#bf16f3", "#084391",
        "#078836"};

    private final ScriptHistory history;
    private final Translations translations;
    private final ProjectId projectId;
    private final boolean editable;

    private final TextField name = new TextField();
    private final Button nameSave = new Button();
    private final Div list = new Div();
    private final Div shown = new Div();
    private final Div blame = new Div();
    private final TabSheet tabs = new TabSheet();
    private boolean blameLoaded;

    ScriptHistoryPanel(ScriptHistory history, Translations translations, ProjectId projectId, boolean editable) {
        this.history = history;
        this.translations = translations;
        this.projectId = projectId;
        this.editable = editable;
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

        blame.setId("history-blame");
        var versionsEntry = tabs.add(translations.translate(getLocale(), "screenplay.history.versions"), versionsTab);
        versionsEntry.setId("history-tab-versions");
        var blameEntry = tabs.add(translations.translate(getLocale(), "screenplay.history.blame"), blame);
        blameEntry.setId("history-tab-blame");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == blameEntry && !blameLoaded) {
                showBlame();
            }
        });
        add(tabs);
        showVersions();
    }

    /** Redraws the list of versions from the service. */
    void showVersions() {
        list.removeAll();
        List<ScriptVersion> versions;
        try {
            versions = history.versions(projectId);
        } catch (UserFacingException refused) {
            Notices.error(message(refused));
            return;
        }
        if (versions.isEmpty()) {
            var none = new Paragraph(translations.translate(getLocale(), "screenplay.history.none"));
            none.setId("history-none");
            none.addClassName("studio-muted");
            list.add(none);
        }
        for (var version : versions) {
            list.add(row(version));
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
            body.getStyle().set("white-space", "pre-wrap").set("font-family", SCRIPT_FONT)
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
        shown.add(new H3(translations.translate(getLocale(), "screenplay.history.compare.heading", label(version))));
        long changed = count(comparison, Change.CHANGED);
        long removed = count(comparison, Change.REMOVED);
        long added = count(comparison, Change.ADDED);
        var summary = new Paragraph(comparison.differs()
                ? translations.translate(getLocale(), "screenplay.history.compare.summary", changed, removed, added)
                : translations.translate(getLocale(), "screenplay.history.compare.same"));
        summary.setId("history-compare-summary");
        shown.add(summary);

        var grid = new Div();
        grid.setId("history-compare");
        grid.getElement().setAttribute("role", "table");
        grid.getElement().setAttribute("data-version-revision", String.valueOf(version.revision()));
        grid.getElement().setAttribute("data-current-revision", String.valueOf(comparison.currentRevision()));
        grid.getStyle().set("display", "grid").set("grid-template-columns", "auto minmax(0, 1fr) auto minmax(0, 1fr)")
                .set("font-family", SCRIPT_FONT).set("white-space", "pre-wrap").set("overflow-wrap", "anywhere")
                .set("font-size", "var(--lumo-font-size-s)").set("max-height", "70vh").set("overflow-y", "auto")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        grid.add(header(translations.translate(getLocale(), "screenplay.history.compare.version", label(version),
                        version.revision())),
                header(translations.translate(getLocale(), "screenplay.history.compare.now",
                        comparison.currentRevision())));
        var lines = comparison.lines();
        int i = 0;
        while (i < lines.size()) {
            int run = i;
            while (run < lines.size() && lines.get(run).change() == Change.SAME) {
                run++;
            }
            // Unchanged lines i..run-1: keep CONTEXT after the previous change and before the next one.
            int keepBefore = i == 0 ? 0 : CONTEXT;
            int keepAfter = run == lines.size() ? 0 : CONTEXT;
            if (run - i > keepBefore + keepAfter + 1) {
                addRows(grid, lines.subList(i, i + keepBefore));
                grid.add(fold(grid, lines.subList(i + keepBefore, run - keepAfter)));
                addRows(grid, lines.subList(run - keepAfter, run));
            } else {
                addRows(grid, lines.subList(i, run));
            }
            int changes = run;
            while (changes < lines.size() && lines.get(changes).change() != Change.SAME) {
                changes++;
            }
            addRows(grid, lines.subList(run, changes));
            i = changes;
        }
        shown.add(grid);
    }

    private static long count(ScriptComparison comparison, Change change) {
        return comparison.lines().stream().filter(line -> line.change() == change).count();
    }

    private Div header(String text) {
        var header = new Div(new Span(text));
        header.getElement().setAttribute("role", "columnheader");
        header.getStyle().set("grid-column", "span 2").set("font-family", "var(--lumo-font-family)")
                .set("font-weight", "600").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("position", "sticky").set("top", "0").set("background", "var(--lumo-base-color)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return header;
    }

    private void addRows(Div grid, List<ComparedLine> lines) {
        for (var line : lines) {
            grid.add(row(line));
        }
    }

    /** A button standing for unchanged lines; pressing it puts them in its place. */
    private Component fold(Div grid, List<ComparedLine> hidden) {
        var copy = List.copyOf(hidden);
        var button = new Button(
                translations.translate(getLocale(), "screenplay.history.compare.unchanged", copy.size()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("history-fold");
        var holder = new Div(button);
        holder.getStyle().set("grid-column", "1 / -1").set("text-align", "center").set("font-family",
                "var(--lumo-font-family)").set("background", "var(--lumo-contrast-5pct)");
        button.addClickListener(e -> {
            int at = grid.indexOf(holder);
            grid.remove(holder);
            for (int k = 0; k < copy.size(); k++) {
                grid.addComponentAtIndex(at + k, row(copy.get(k)));
            }
        });
        return holder;
    }

    private Div row(ComparedLine line) {
        var change = line.change();
        var row = new Div(number(line.versionLine()), cell(line.versionText(), change, true),
                number(line.currentLine()), cell(line.currentText(), change, false));
        row.addClassName("history-compare-row");
        row.getElement().setAttribute("role", "row");
        row.getElement().setAttribute("data-change", change.name().toLowerCase(Locale.ROOT));
        row.getStyle().set("display", "contents");
        return row;
    }

    private static Span number(int line) {
        var number = new Span(line == 0 ? "" : String.valueOf(line));
        number.getElement().setAttribute("role", "cell");
        number.getStyle().set("color", "var(--lumo-secondary-text-color)").set("text-align", "right")
                .set("padding", "0 var(--lumo-space-xs)").set("user-select", "none");
        return number;
    }

    private static Span cell(@Nullable String text, Change change, boolean versionSide) {
        var cell = new Span(text == null ? "" : text);
        cell.getElement().setAttribute("role", "cell");
        cell.addClassName(versionSide ? "history-version-text" : "history-current-text");
        cell.getStyle().set("padding", "0 var(--lumo-space-s)").set("min-height", "1.5em");
        var background = switch (change) {
            case SAME -> null;
            case CHANGED -> versionSide ? "var(--lumo-error-color-10pct)" : "var(--lumo-success-color-10pct)";
            case REMOVED -> versionSide ? "var(--lumo-error-color-10pct)" : "var(--lumo-contrast-5pct)";
            case ADDED -> versionSide ? "var(--lumo-contrast-5pct)" : "var(--lumo-success-color-10pct)";
        };
        if (background != null) {
            cell.getStyle().set("background", background);
        }
        return cell;
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
            showVersions();
            blameLoaded = false;
            if (tabs.getSelectedIndex() == 1) {
                showBlame();
            }
        } catch (UserFacingException refused) {
            Notices.error(message(refused));
        }
    }

    /** Shows the live text with a mark per line for whoever changed it last. */
    void showBlame() {
        List<LineAuthor> lines;
        try {
            lines = history.blame(projectId);
        } catch (UserFacingException refused) {
            Notices.error(message(refused));
            return;
        }
        blameLoaded = true;
        blame.removeAll();
        var refresh = new Button(translations.translate(getLocale(), "screenplay.history.blame.refresh"),
                e -> showBlame());
        refresh.setId("history-blame-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var intro = new Paragraph(translations.translate(getLocale(), "screenplay.history.blame.intro"));
        intro.addClassName("studio-muted");
        blame.add(intro, legend(lines), refresh);

        var text = new Div();
        text.setId("history-blame-lines");
        text.getStyle().set("display", "grid").set("grid-template-columns", "2.2rem auto minmax(0, 1fr)")
                .set("font-family", SCRIPT_FONT).set("white-space", "pre-wrap").set("overflow-wrap", "anywhere")
                .set("font-size", "var(--lumo-font-size-s)").set("margin-top", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        for (var line : lines) {
            text.add(blameRow(line));
        }
        blame.add(text);
    }

    /** Each author once, in their colour, with how many lines are theirs: the key to the gutter. */
    private Component legend(List<LineAuthor> lines) {
        var counts = new LinkedHashMap<UserId, Integer>();
        var names = new LinkedHashMap<UserId, LineAuthor>();
        int unknown = 0;
        for (var line : lines) {
            if (line.author() == null) {
                unknown++;
            } else {
                counts.merge(line.author(), 1, Integer::sum);
                names.putIfAbsent(line.author(), line);
            }
        }
        var legend = new Div();
        legend.setId("history-blame-legend");
        legend.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap")
                .set("margin-bottom", "var(--lumo-space-s)");
        var entries = new ArrayList<Component>();
        for (var entry : counts.entrySet()) {
            var line = names.get(entry.getKey());
            var chip = gutter(line);
            var who = new Span(translations.translate(getLocale(), "screenplay.history.blame.lines", nameOf(line),
                    entry.getValue()));
            var item = new Span(chip, who);
            item.getElement().setAttribute("data-author", entry.getKey().toString());
            item.getStyle().set("display", "inline-flex").set("gap", "var(--lumo-space-xs)")
                    .set("align-items", "center");
            entries.add(item);
        }
        if (unknown > 0) {
            entries.add(new Span(translations.translate(getLocale(), "screenplay.history.blame.unknown-lines",
                    unknown)));
        }
        entries.forEach(legend::add);
        return legend;
    }

    private Div blameRow(LineAuthor line) {
        var number = number(line.line());
        var text = new Span(line.text());
        text.getStyle().set("padding", "0 var(--lumo-space-s)").set("min-height", "1.5em");
        var row = new Div(gutter(line), number, text);
        row.addClassName("history-blame-line");
        row.getElement().setAttribute("data-line", String.valueOf(line.line()));
        if (line.author() != null) {
            row.getElement().setAttribute("data-author", line.author().toString());
        }
        row.getStyle().set("display", "contents");
        return row;
    }

    /** The narrow coloured mark: the author's initials, their name and the date on hover and for screen readers. */
    private Span gutter(LineAuthor line) {
        var mark = new Span(line.author() == null ? "" : initials(nameOf(line)));
        var title = line.author() == null ? translations.translate(getLocale(), "screenplay.history.blame.unknown")
                : translations.translate(getLocale(), "screenplay.history.blame.at", nameOf(line),
                        line.at() == null ? "—" : when(line.at()));
        mark.getElement().setAttribute("title", title);
        mark.getElement().setAttribute("aria-label", title);
        mark.addClassName("history-gutter");
        mark.getStyle().set("font-family", "var(--lumo-font-family)").set("font-size", "var(--lumo-font-size-xxs)")
                .set("font-weight", "600").set("text-align", "center").set("min-width", "2.2rem")
                .set("line-height", "1.5rem").set("overflow", "hidden").set("white-space", "nowrap");
        if (line.colorIndex() >= 0) {
            int color = line.colorIndex() % USER_COLORS.length;
            mark.getStyle().set("background", "var(--vaadin-user-color-" + color + ", " + USER_COLORS[color] + ")")
                    .set("color", "white");
        } else {
            mark.getStyle().set("background", "var(--lumo-contrast-5pct)");
        }
        return mark;
    }

    private String nameOf(LineAuthor line) {
        return line.authorName() == null ? "—" : line.authorName();
    }

    /** "Olga Owner" → "OO", "王小明" → "王": the first letter of the first two words. */
    static String initials(String name) {
        var result = new StringBuilder();
        for (var word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && result.codePointCount(0, result.length()) < 2) {
                result.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return result.toString();
    }

    private String label(ScriptVersion version) {
        var given = version.name();
        return given == null ? translations.translate(getLocale(), "screenplay.history.automatic") : given;
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneOffset.UTC).format(at) + " UTC";
    }

    private String message(UserFacingException refused) {
        return translations.translate(getLocale(), refused.messageKey(), refused.arguments());
    }
}
