package org.filmfactory.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address with no screen behind it, inside the studio frame rather than Vaadin's bare "could not navigate". */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundPage extends StudioErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show("not-found", getTranslation("error-page.not-found.text"), HttpServletResponse.SC_NOT_FOUND);
    }
}
