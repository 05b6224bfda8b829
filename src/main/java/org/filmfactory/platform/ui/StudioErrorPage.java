package org.filmfactory.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The body of every error shown inside the studio frame: a title, a plain sentence and the way back to the person's
 * projects. The address stays as typed, so it can be checked or sent on.
 */
abstract class StudioErrorPage extends Div {

    StudioErrorPage() {
        addClassName("studio-page");
        setId("studio-error");
    }

    /** Shows the page for {@code kind} (not-found, denied, failed) with {@code text}; returns the HTTP status. */
    int show(String kind, String text, int status) {
        removeAll();
        getElement().setAttribute("data-kind", kind);
        var title = new H2(getTranslation("error-page." + kind + ".title"));
        var why = new Paragraph(text);
        why.setId("studio-error-text");
        var back = StudioLinks.to("", getTranslation("error-page.back"));
        back.setId("studio-error-back");
        add(title, why, back);
        return status;
    }
}
