package org.filmfactory.breakdown.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownSummary;
import org.filmfactory.breakdown.ShotList;

/** The words both breakdown screens use: where a shot list comes from, and how long a shot runs. */
final class BreakdownStatus {

    private BreakdownStatus() {
    }

    /** "From script revision 12: 8 scenes, 41 shots", with the revision as {@code data-revision} for tests. */
    static void show(Span status, ShotList list) {
        status.setText(list.scriptRevision() == 0 ? status.getTranslation("breakdown.no-script")
                : status.getTranslation("breakdown.from-revision", list.scriptRevision(), list.scenes().size(),
                        list.shots().size()));
        status.getElement().setAttribute("data-revision", String.valueOf(list.scriptRevision()));
    }

    /** The same from the counts alone, for a screen that fetches the scenes a window at a time. */
    static void show(Span status, BreakdownSummary summary) {
        status.setText(summary.scriptRevision() == 0 ? status.getTranslation("breakdown.no-script")
                : status.getTranslation("breakdown.from-revision", summary.scriptRevision(), summary.scenes(),
                        summary.shots()));
        status.getElement().setAttribute("data-revision", String.valueOf(summary.scriptRevision()));
    }

    /** "4.5 s", to the tenth. */
    static String seconds(Component anywhere, Duration duration) {
        return anywhere.getTranslation("breakdown.seconds",
                String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0));
    }
}
