package org.filmfactory.platform.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A screen this person may not open, inside the studio frame. */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedPage extends StudioErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show("denied", getTranslation("error-page.denied.text"), HttpServletResponse.SC_FORBIDDEN);
    }
}
