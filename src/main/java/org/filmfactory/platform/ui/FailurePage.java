package org.filmfactory.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.filmfactory.platform.Translations;

/**
 * A screen that failed while opening, inside the studio frame: an expected refusal says why in the reader's
 * language, anything else is logged once with an incident id that the page shows ({@link StudioErrorHandler}).
 */
@ParentLayout(MainLayout.class)
@PermitAll
class FailurePage extends StudioErrorPage implements HasErrorParameter<Exception> {

    private final Translations translations;

    FailurePage(Translations translations) {
        this.translations = translations;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var text = StudioErrorHandler.describe(parameter.getCaughtException(), getLocale(), translations);
        return show("failed", text, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
}
