package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filmfactory.platform.Translations;
import org.filmfactory.screenplay.ScriptComparison;
import org.filmfactory.screenplay.ScriptComparison.Change;
import org.filmfactory.screenplay.ScriptComparison.ComparedLine;
import org.jspecify.annotations.Nullable;

/**
 * A kept version beside the live text, line against line: changed lines highlighted on both sides, long unchanged
 * runs folded into a button that unfolds them in place, a summary of how many lines changed. The rows are a grid
 * that draws only what is on screen: a feature compared with a rewrite has thousands of changed lines (issue 10).
 */
class ScriptComparisonView extends Div {

    /** Unchanged lines shown around each change; longer unchanged runs fold into a button. */
    static final int CONTEXT = 3;

    /** A row of the comparison: a line of both sides, or unchanged lines folded away. */
    sealed interface Row {
    }

    record Line(ComparedLine line) implements Row {
    }

    record Fold(List<ComparedLine> lines) implements Row {
        Fold {
            lines = List.copyOf(lines);
        }
    }

    private final Translations translations;
    private final List<Row> rows = new ArrayList<>();
    private final Grid<Row> grid = new Grid<>();

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

        rows.addAll(folded(comparison.lines()));
        grid.setId("history-compare");
        grid.getElement().setAttribute("data-version-revision", String.valueOf(versionRevision));
        grid.getElement().setAttribute("data-current-revision", String.valueOf(comparison.currentRevision()));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_ROW_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("70vh");
        grid.getStyle().set("font-family", HistoryFormat.SCRIPT_FONT).set("font-size", "var(--lumo-font-size-s)");
        grid.addColumn(renderer()).setHeader(header(
                translations.translate(getLocale(), "screenplay.history.compare.version", versionLabel,
                        versionRevision),
                translations.translate(getLocale(), "screenplay.history.compare.now",
                        comparison.currentRevision())));
        grid.setItems(rows);
        add(grid);
    }

    /** The rows as they are now, folds included (for tests and the unfold button). */
    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Puts the fold's lines in its place. */
    void unfold(Fold fold) {
        int at = rows.indexOf(fold);
        if (at >= 0) {
            rows.remove(at);
            rows.addAll(at, fold.lines().stream().map(Line::new).toList());
            grid.getDataProvider().refreshAll();
        }
    }

    /** Unchanged runs longer than twice the context (plus one) fold, keeping CONTEXT lines next to each change. */
    private static List<Row> folded(List<ComparedLine> lines) {
        var result = new ArrayList<Row>();
        int i = 0;
        while (i < lines.size()) {
            int run = i;
            while (run < lines.size() && lines.get(run).change() == Change.SAME) {
                run++;
            }
            int keepBefore = i == 0 ? 0 : CONTEXT;
            int keepAfter = run == lines.size() ? 0 : CONTEXT;
            if (run - i > keepBefore + keepAfter + 1) {
                lines.subList(i, i + keepBefore).forEach(line -> result.add(new Line(line)));
                result.add(new Fold(lines.subList(i + keepBefore, run - keepAfter)));
                lines.subList(run - keepAfter, run).forEach(line -> result.add(new Line(line)));
            } else {
                lines.subList(i, run).forEach(line -> result.add(new Line(line)));
            }
            int changes = run;
            while (changes < lines.size() && lines.get(changes).change() != Change.SAME) {
                changes++;
            }
            lines.subList(run, changes).forEach(line -> result.add(new Line(line)));
            i = changes;
        }
        return result;
    }

    private LitRenderer<Row> renderer() {
        return LitRenderer.<Row>of("""
                        <div class="history-compare-row" data-change="${item.change}" style="display: ${item.fold \
                        ? 'none' : 'grid'}; grid-template-columns: 2.5rem minmax(0, 1fr) 2.5rem minmax(0, 1fr); \
                        white-space: pre-wrap; overflow-wrap: anywhere;">\
                        <span class="history-line-number">${item.versionLine}</span>\
                        <span class="history-version-text" style="background: ${item.versionBackground}">\
                        ${item.versionText}</span>\
                        <span class="history-line-number">${item.currentLine}</span>\
                        <span class="history-current-text" style="background: ${item.currentBackground}">\
                        ${item.currentText}</span></div>\
                        <vaadin-button class="history-fold" theme="small tertiary" style="display: ${item.fold \
                        ? 'inline-flex' : 'none'}" @click="${unfold}">${item.foldLabel}</vaadin-button>""")
                .withProperty("fold", row -> row instanceof Fold)
                .withProperty("change", row -> row instanceof Line line
                        ? line.line().change().name().toLowerCase(Locale.ROOT) : "")
                .withProperty("versionLine", row -> number(row, true))
                .withProperty("currentLine", row -> number(row, false))
                .withProperty("versionText", row -> text(row, true))
                .withProperty("currentText", row -> text(row, false))
                .withProperty("versionBackground", row -> background(row, true))
                .withProperty("currentBackground", row -> background(row, false))
                .withProperty("foldLabel", row -> row instanceof Fold fold ? translations.translate(getLocale(),
                        "screenplay.history.compare.unchanged", fold.lines().size()) : "")
                .withFunction("unfold", row -> {
                    if (row instanceof Fold fold) {
                        unfold(fold);
                    }
                });
    }

    private static String number(Row row, boolean versionSide) {
        if (!(row instanceof Line line)) {
            return "";
        }
        int number = versionSide ? line.line().versionLine() : line.line().currentLine();
        return number == 0 ? "" : String.valueOf(number);
    }

    private static String text(Row row, boolean versionSide) {
        if (!(row instanceof Line line)) {
            return "";
        }
        var text = versionSide ? line.line().versionText() : line.line().currentText();
        return text == null ? "" : text;
    }

    private static String background(Row row, boolean versionSide) {
        if (!(row instanceof Line line)) {
            return "none";
        }
        var colour = switch (line.line().change()) {
            case SAME -> null;
            case CHANGED -> versionSide ? "var(--lumo-error-color-10pct)" : "var(--lumo-success-color-10pct)";
            case REMOVED -> versionSide ? "var(--lumo-error-color-10pct)" : "var(--lumo-contrast-5pct)";
            case ADDED -> versionSide ? "var(--lumo-contrast-5pct)" : "var(--lumo-success-color-10pct)";
        };
        return colour == null ? "none" : colour;
    }

    private static long count(ScriptComparison comparison, Change change) {
        return comparison.lines().stream().filter(line -> line.change() == change).count();
    }

    private static Div header(String versionSide, String currentSide) {
        var header = new Div(new Span(versionSide), new Span(currentSide));
        header.getStyle().set("display", "grid").set("grid-template-columns", "1fr 1fr")
                .set("gap", "var(--lumo-space-m)").set("font-family", "var(--lumo-font-family)");
        return header;
    }

    @SuppressWarnings("unused")
    private static @Nullable String none() {
        return null;
    }
}
