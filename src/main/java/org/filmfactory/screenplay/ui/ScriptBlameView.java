package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

        var text = new Div();
        text.setId("history-blame-lines");
        text.getStyle().set("display", "grid").set("grid-template-columns", "2.2rem auto minmax(0, 1fr)")
                .set("font-family", HistoryFormat.SCRIPT_FONT).set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere")
                .set("font-size", "var(--lumo-font-size-s)").set("margin-top", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        for (var line : lines) {
            text.add(blameRow(line));
        }
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

    private Div blameRow(LineAuthor line) {
        var number = HistoryFormat.lineNumber(line.line());
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
                        line.at() == null ? "—" : HistoryFormat.when(line.at(), getLocale()));
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
}
