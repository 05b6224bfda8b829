package org.filmfactory.take.internal.settings;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backends read their project's settings here at call time, with the API key opened. Runs on work-queue threads
 * without a signed-in person: the job was authorized when it was requested.
 */
@Component
public class BackendConfigs {

    private final GenerationStore store;

    BackendConfigs(GenerationStore store) {
        this.store = store;
    }

    /** @param projectKey the project id as text ({@code ShotBrief.projectKey()}) */
    @Transactional(readOnly = true)
    public Optional<BackendConfig> find(String projectKey, String backendId) {
        UUID project;
        try {
            project = UUID.fromString(projectKey);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return store.config(project, backendId);
    }
}
