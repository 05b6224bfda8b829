package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.filmfactory.account.UserId;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.LineAuthor;
import org.filmfactory.screenplay.ScriptHistory;

/**
 * "Who changed what": the live text with a coloured mark per line for whoever changed it last, and a legend of the
 * authors with their line counts. Asked for only when shown (it reads the whole history of steps), and again on
 * "refresh" or after a restore.
 */
class ScriptBlameView extends Div {

    /** The avatar colours (Lumo's user colours), with fallbacks where the theme does not define them. */
    private static final String[] USER_COLORS = {"#df0b92", "#650acc", "#097faa", "#ad6200", "#bf16f3", "#084391",
        "#078836"};

    private final ScriptHistory history;
    private final Translations translations;
    private final ProjectId projectId;
    private boolean loaded;

    ScriptBlameView(ScriptHistory history, Translations translations, ProjectId projectId) {
        this.history = history;
        this.translations = translations;
        this.projectId = projectId;
        setId("history-blame");
    }

    /** Whether it shows the lines as they were when last asked (false before the first time and after a restore). */
    boolean loaded() {
        return loaded;
    }

    /** The text changed under it: ask again when next shown. */
    void forget() {
        loaded = false;
    }

    /** Shows the live text with a mark per line for whoever changed it last, as it is now. */
    void show() {
        List<LineAuthor> lines;
        try {
            lines = history.blame(projectId);
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            return;
        }
        loaded = true;
        removeAll();
        var refresh = new Button(translations.translate(getLocale(), "screenplay.history.blame.refresh"),
                e -> show());
        refresh.setId("history-blame-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var intro = new Paragraph(translations.translate(getLocale(), "screenplay.history.blame.intro"));
        intro.addClassName("studio-muted");
        add(intro, legend(lines), refresh);

        // A grid draws only the lines on screen: a feature has thousands (issue 10).
        var text = new Grid<LineAuthor>();
        text.setId("history-blame-lines");
        text.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_ROW_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        text.setHeight("70vh");
        text.getStyle().set("font-family", HistoryFormat.SCRIPT_FONT).set("font-size", "var(--lumo-font-size-s)")
                .set("margin-top", "var(--lumo-space-s)");
        text.addColumn(LitRenderer.<LineAuthor>of("""
                        <div class="history-blame-line" data-line="${item.line}" data-author="${item.author}" \
                        style="display: grid; grid-template-columns: 2.2rem 2.5rem minmax(0, 1fr); \
                        white-space: pre-wrap; overflow-wrap: anywhere;">\
                        <span class="history-gutter" title="${item.title}" aria-label="${item.title}" \
                        style="font-family: var(--lumo-font-family); font-size: var(--lumo-font-size-xxs); \
                        font-weight: 600; text-align: center; line-height: 1.5rem; overflow: hidden; \
                        white-space: nowrap; background: ${item.background}; color: ${item.colour};">\
                        ${item.initials}</span>\
                        <span class="history-line-number">${item.line}</span>\
                        <span style="padding: 0 var(--lumo-space-s);">${item.text}</span></div>""")
                .withProperty("line", LineAuthor::line)
                .withProperty("author", line -> line.author() == null ? "" : line.author().toString())
                .withProperty("title", this::title)
                .withProperty("initials", line -> line.author() == null ? "" : initials(nameOf(line)))
                .withProperty("background", ScriptBlameView::background)
                .withProperty("colour", line -> line.colorIndex() >= 0 ? "white" : "inherit")
                .withProperty("text", LineAuthor::text));
        text.setItems(lines);
        add(text);
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

    /** The author's name and the date, for hover and screen readers. */
    String title(LineAuthor line) {
        return line.author() == null ? translations.translate(getLocale(), "screenplay.history.blame.unknown")
                : translations.translate(getLocale(), "screenplay.history.blame.at", nameOf(line),
                        line.at() == null ? "—" : HistoryFormat.when(line.at(), getLocale()));
    }

    private static String background(LineAuthor line) {
        if (line.colorIndex() < 0) {
            return "var(--lumo-contrast-5pct)";
        }
        int color = line.colorIndex() % USER_COLORS.length;
        return "var(--vaadin-user-color-" + color + ", " + USER_COLORS[color] + ")";
    }

    /** The narrow coloured mark: the author's initials, their name and the date on hover and for screen readers. */
    private Span gutter(LineAuthor line) {
        var mark = new Span(line.author() == null ? "" : initials(nameOf(line)));
        var title = title(line);
        mark.getElement().setAttribute("title", title);
        mark.getElement().setAttribute("aria-label", title);
        mark.addClassName("history-gutter");
        mark.getStyle().set("font-family", "var(--lumo-font-family)").set("font-size", "var(--lumo-font-size-xxs)")
                .set("font-weight", "600").set("text-align", "center").set("min-width", "2.2rem")
                .set("line-height", "1.5rem").set("overflow", "hidden").set("white-space", "nowrap");
        mark.getStyle().set("background", background(line));
        if (line.colorIndex() >= 0) {
            mark.getStyle().set("color", "white");
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
}
