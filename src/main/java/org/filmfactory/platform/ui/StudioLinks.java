package org.filmfactory.platform.ui;

import com.vaadin.flow.component.html.Anchor;

/** Links between the studio's own screens. */
public final class StudioLinks {

    private StudioLinks() {
    }

    /**
     * A link to a route of the studio that the router follows in the page (no reload, the push connection stays),
     * while still being a real link: it can be opened in a new tab or copied.
     */
    public static Anchor to(String route, String text) {
        var link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
