package org.filmfactory.breakdown.internal;

import java.util.UUID;
import org.filmfactory.breakdown.ShotListChanged;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.project.ProjectCreated;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScreenplayRevised;
import org.filmfactory.screenplay.ScriptArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Breaks each saved screenplay revision down again, after its commit, on the node that saved it: parse, apply the
 * shot rules, carry ids and director choices over ({@link Rederivation}), store, announce. Runs without a
 * signed-in person, so it reads the script from the {@link ScriptArchive} and the project's language from what it
 * learnt when the project was created.
 */
@Component
class ScriptFollower {

    private static final Logger log = LoggerFactory.getLogger(ScriptFollower.class);

    private final ScriptArchive archive;
    private final BreakdownStore store;
    private final ApplicationEventPublisher events;

    ScriptFollower(ScriptArchive archive, BreakdownStore store, ApplicationEventPublisher events) {
        this.archive = archive;
        this.store = store;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ScreenplayRevised event) {
        derive(event.projectId(), false);
    }

    @ApplicationModuleListener
    void on(ProjectCreated event) {
        var breakdown = store.lock(event.projectId());
        breakdown.learnLanguage(event.language());
        if (breakdown.scriptRevision() > 0) {
            // A script was broken down before this event arrived, with a guessed language: read it again properly.
            derive(event.projectId(), true);
        }
    }

    /**
     * Breaks the latest revision down, unless it already is ({@code again} forces it). Several events for one
     * project may run at once: the lock puts them in a row, and each later one finds the work done.
     */
    void derive(ProjectId projectId, boolean again) {
        var latest = archive.latest(projectId);
        if (latest.isEmpty()) {
            return;
        }
        var breakdown = store.lock(projectId);
        var script = archive.latest(projectId).orElseThrow();
        if (!again && script.revision() <= breakdown.scriptRevision()) {
            return;
        }
        var language = breakdown.language() != null ? breakdown.language() : guessLanguage(script.text());
        var parsed = FountainReader.read(script.text(), Dialect.of(language.locale()));
        var next = Rederivation.apply(store.load(projectId), ShotRules.derive(parsed), UUID::randomUUID);
        store.save(projectId, next);
        breakdown.derivedFrom(script.revision());
        events.publishEvent(new ShotListChanged(projectId));
        log.debug("Broke down revision {} of project {}: {} scenes", script.revision(), projectId, next.size());
    }

    /** For projects this module never saw created: Chinese when the script has more Chinese characters than words. */
    static ScriptLanguage guessLanguage(String text) {
        var count = Words.count(text);
        return count.wide() > count.words() ? ScriptLanguage.ZH : ScriptLanguage.EN;
    }
}
