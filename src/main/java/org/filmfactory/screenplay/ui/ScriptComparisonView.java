package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.filmfactory.platform.Translations;
import org.filmfactory.screenplay.ScriptComparison;
import org.filmfactory.screenplay.ScriptComparison.Change;
import org.filmfactory.screenplay.ScriptComparison.ComparedLine;
import org.jspecify.annotations.Nullable;

/**
 * A kept version beside the live text, line against line: changed lines highlighted on both sides, long unchanged
 * runs folded into a button that unfolds them in place, a summary of how many lines changed.
 */
class ScriptComparisonView extends Div {

    /** Unchanged lines shown around each change; longer unchanged runs fold into a button. */
    static final int CONTEXT = 3;

    private final Translations translations;

    ScriptComparisonView(ScriptComparison comparison, String versionLabel, long versionRevision,
            Translations translations) {
        this.translations = translations;
        add(new H3(translations.translate(getLocale(), "screenplay.history.compare.heading", versionLabel)));
        long changed = count(comparison, Change.CHANGED);
        long removed = count(comparison, Change.REMOVED);
        long added = count(comparison, Change.ADDED);
        var summary = new Paragraph(comparison.differs()
                ? translations.translate(getLocale(), "screenplay.history.compare.summary", changed, removed, added)
                : translations.translate(getLocale(), "screenplay.history.compare.same"));
        summary.setId("history-compare-summary");
        add(summary);

        var grid = new Div();
        grid.setId("history-compare");
        grid.getElement().setAttribute("role", "table");
        grid.getElement().setAttribute("data-version-revision", String.valueOf(versionRevision));
        grid.getElement().setAttribute("data-current-revision", String.valueOf(comparison.currentRevision()));
        grid.getStyle().set("display", "grid").set("grid-template-columns", "auto minmax(0, 1fr) auto minmax(0, 1fr)")
                .set("font-family", HistoryFormat.SCRIPT_FONT).set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere")
                .set("font-size", "var(--lumo-font-size-s)").set("max-height", "70vh").set("overflow-y", "auto")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        grid.add(header(translations.translate(getLocale(), "screenplay.history.compare.version", versionLabel,
                        versionRevision)),
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
        add(grid);
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
        var row = new Div(HistoryFormat.lineNumber(line.versionLine()), cell(line.versionText(), change, true),
                HistoryFormat.lineNumber(line.currentLine()), cell(line.currentText(), change, false));
        row.addClassName("history-compare-row");
        row.getElement().setAttribute("role", "row");
        row.getElement().setAttribute("data-change", change.name().toLowerCase(Locale.ROOT));
        row.getStyle().set("display", "contents");
        return row;
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
}
