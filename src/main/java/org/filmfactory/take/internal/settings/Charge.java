package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import java.util.UUID;
import org.filmfactory.project.ProjectId;

/**
 * A generation admitted under the budget: its estimated cost already counts as spent until {@link
 * ProjectGenerators#record} settles it with what the call really used.
 */
public record Charge(UUID id, ProjectId projectId, String backendId, BigDecimal estimate) {
}
