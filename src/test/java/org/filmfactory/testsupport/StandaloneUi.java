package org.filmfactory.testsupport;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Locale;

/**
 * A UI to attach components to in a test, without a servlet: its session counts as locked by the caller, as in a
 * request, and runs in production mode with Vaadin's defaults otherwise, so components that queue work for the
 * browser when attached (a {@code Grid}) attach as they do there. The UI is made the current one; set it back to null
 * after the test.
 */
public final class StandaloneUi {

    private StandaloneUi() {
    }

    public static UI create(Locale locale) {
        return create(locale, new UI());
    }

    /** The same with a UI of the test's own (e.g. one that keeps what {@code access} is given). */
    public static <T extends UI> T create(Locale locale, T ui) {
        var configuration = productionDefaults();
        ui.getInternals().setSession(new VaadinSession(null) {
            @Override
            public boolean hasLock() {
                return true;
            }

            @Override
            public DeploymentConfiguration getConfiguration() {
                return configuration;
            }
        });
        ui.setLocale(locale);
        UI.setCurrent(ui);
        return ui;
    }

    /** Production mode; every other setting its interface default, or false, zero or null. */
    private static DeploymentConfiguration productionDefaults() {
        InvocationHandler defaults = (proxy, method, args) -> {
            if (method.getName().equals("isProductionMode")) {
                return true;
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            var type = method.getReturnType();
            if (type == boolean.class) {
                return false;
            }
            if (type == int.class || type == long.class || type == double.class) {
                return type == int.class ? 0 : type == long.class ? 0L : 0.0;
            }
            return method.getName().equals("toString") ? "production defaults" : null;
        };
        return (DeploymentConfiguration) Proxy.newProxyInstance(StandaloneUi.class.getClassLoader(),
                new Class<?>[] {DeploymentConfiguration.class}, defaults);
    }
}
