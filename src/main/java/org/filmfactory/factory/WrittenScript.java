package org.filmfactory.factory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ScriptVersionId;

/**
 * A screenplay the chat backend wrote into a project, as kept with its script version.
 *
 * @param revision the script revision the written text became
 * @param version the named script version holding it
 * @param model the model the provider says answered (the configured one when it says none)
 * @param promptTokens tokens sent, as the provider counted them (0 when it did not say)
 * @param completionTokens tokens written, as the provider counted them (0 when it did not say)
 * @param cost what the call cost at the configured prices, in the project's budget currency
 * @param estimatedLength the screen time the studio's breakdown rules give the text
 * @param requestedLength the screen time the idea asked for
 */
public record WrittenScript(ProjectId project, long revision, ScriptVersionId version, String model,
        int promptTokens, int completionTokens, BigDecimal cost, Duration estimatedLength, Duration requestedLength,
        String writtenBy, Instant writtenAt) {
}
