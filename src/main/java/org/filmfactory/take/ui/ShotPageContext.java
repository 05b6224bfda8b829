package org.filmfactory.take.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.function.Consumer;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeView;

/** What the shot page tells an {@link ShotPageAddition}: the shot, the player and the take it plays. */
public interface ShotPageContext {

    ProjectId projectId();

    ShotId shotId();

    /** The page's player: an addition shows frame notes on it and takes sketches from it. */
    TakePlayer player();

    /** The take the player shows now, if any. */
    Optional<TakeView> shownTake();

    /** Called with the take the player shows whenever it changes (another take chosen, a new take arrived). */
    Registration onTakeShown(Consumer<Optional<TakeView>> listener);
}
