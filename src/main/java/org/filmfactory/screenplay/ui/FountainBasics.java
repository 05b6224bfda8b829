package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The Fountain basics on one card: how a scene heading, action, a character cue, dialogue, a parenthetical and a
 * transition are written, each with an example, in the reader's language. Open by itself on an empty script.
 */
class FountainBasics extends Details {

    private static final List<String> ELEMENTS =
            List.of("heading", "action", "cue", "dialogue", "parenthetical", "transition");

    FountainBasics(boolean open) {
        setId("fountain-basics");
        addClassName("fountain-basics");
        setSummaryText(getTranslation("screenplay.basics.title"));
        var sheet = new Div();
        sheet.addClassName("fountain-sheet");
        for (var element : ELEMENTS) {
            var key = "screenplay.basics." + element;
            var name = new Span(getTranslation(key));
            name.addClassName("fountain-element");
            var example = new Code(getTranslation(key + ".example"));
            example.getStyle().set("font-family", HistoryFormat.SCRIPT_FONT).set("white-space", "pre-wrap");
            var rule = new Span(getTranslation(key + ".rule"));
            rule.addClassName("studio-muted");
            var row = new Div(name, example, rule);
            row.addClassName("fountain-row");
            row.getElement().setAttribute("data-element", element);
            // Three columns on a wide screen; on a phone the parts wrap under each other instead of overflowing.
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                    .set("column-gap", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-xs)");
            name.getStyle().set("flex", "0 0 8rem");
            example.getStyle().set("flex", "0 1 14rem");
            rule.getStyle().set("flex", "1 1 16rem").set("min-width", "0");
            sheet.add(row);
        }
        add(new Paragraph(getTranslation("screenplay.basics.intro")), sheet);
        setOpened(open);
    }
}
