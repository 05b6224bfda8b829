package org.filmfactory.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;

/**
 * A screen nobody may open, present only in tests: the studio itself has no screen a signed-in person is refused
 * (projects refuse through their own page), so this is how the frame's "not for you" page is reached.
 */
@Route(value = "test-closed-door", layout = MainLayout.class)
@DenyAll
class ClosedDoorView extends Div {
}
