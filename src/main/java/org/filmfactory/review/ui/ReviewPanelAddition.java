package org.filmfactory.review.ui;

import com.vaadin.flow.component.Component;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.review.Reviews;
import org.filmfactory.take.ui.ShotPageAddition;
import org.filmfactory.take.ui.ShotPageContext;

/** Puts the review panel (approval, threads, composer) on every shot page, below the player. */
@org.springframework.stereotype.Component
class ReviewPanelAddition implements ShotPageAddition {

    private final Reviews reviews;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final LiveFollower follower;
    private final Translations translations;

    ReviewPanelAddition(Reviews reviews, ProjectAccess access, CurrentUser currentUser, LiveFollower follower,
            Translations translations) {
        this.reviews = reviews;
        this.access = access;
        this.currentUser = currentUser;
        this.follower = follower;
        this.translations = translations;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(ShotPageContext context) {
        return new ReviewPanel(context, reviews, access, currentUser.requireId(), follower, translations);
    }
}
