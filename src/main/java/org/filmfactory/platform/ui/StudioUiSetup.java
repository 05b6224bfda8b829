package org.filmfactory.platform.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.filmfactory.platform.Translations;
import org.springframework.stereotype.Component;

/** Installs the error handler and the user's chosen language on every new session and UI. */
@Component
class StudioUiSetup implements VaadinServiceInitListener {

    private final Translations translations;

    StudioUiSetup(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var handler = new StudioErrorHandler(translations);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler));
        event.getSource().addUIInitListener(init -> LanguageChoice.remembered()
                .ifPresent(locale -> init.getUI().setLocale(locale)));
    }
}
