package org.filmfactory.testsupport;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeGeneration;
import org.springframework.context.ApplicationContext;

/** A project's shots once the breakdown has them and each has a take, for tests that start from a storyboard. */
public final class ShotsWithTakes {

    private ShotsWithTakes() {
    }

    /**
     * Waits for the breakdown's shots, has a take made for each (the project's generator; the offline animatic by
     * default) and waits until all are ready. Call it signed in as a member who may generate.
     */
    public static List<Shot> of(ApplicationContext node, ProjectId project) {
        var shots = Awaitility.await().pollInSameThread()
                .until(() -> node.getBean(Breakdowns.class).shots(project), found -> !found.isEmpty());
        var takes = node.getBean(TakeGeneration.class);
        takes.generateAllMissing(project);
        Awaitility.await().pollInSameThread().atMost(Duration.ofMinutes(3))
                .until(() -> takes.totals(project).ready() == shots.size());
        return shots;
    }
}
