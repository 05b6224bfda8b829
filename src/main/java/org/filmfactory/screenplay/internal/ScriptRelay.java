package org.filmfactory.screenplay.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.filmfactory.project.ProjectCreated;
import org.filmfactory.project.ProjectDeleted;
import org.filmfactory.screenplay.ScreenplayRevised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The screenplay's side of project events: demo projects get their sample screenplay, deleted projects leave the
 * cluster's script log.
 */
@Component
class ScriptRelay {

    private final ScriptLog scriptLog;
    private final StoredScripts scripts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScriptRelay(ScriptLog scriptLog, StoredScripts scripts, ApplicationEventPublisher events, Clock clock) {
        this.scriptLog = scriptLog;
        this.scripts = scripts;
        this.events = events;
        this.clock = clock;
    }

    /** A deleted project's script leaves the cluster too, or its keeper would try to write it for ever. */
    @ApplicationModuleListener
    void on(ProjectDeleted event) {
        scriptLog.forget(event.projectId());
    }

    @ApplicationModuleListener
    void on(ProjectCreated event) {
        if (!event.demo() || scripts.existsById(event.projectId().value())) {
            return;
        }
        var name = "screenplay/demo/" + event.language().name().toLowerCase(Locale.ROOT) + ".fountain";
        try (var in = ScriptRelay.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo screenplay missing from the build: " + name);
            }
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var script = scripts.save(
                    new StoredScript(event.projectId().value(), text, event.owner().value(), clock.instant()));
            // Like any other first save, so the demo's shot list is broken down too.
            events.publishEvent(new ScreenplayRevised(event.projectId(), script.revision()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
