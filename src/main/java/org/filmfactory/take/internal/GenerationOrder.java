package org.filmfactory.take.internal;

import org.filmfactory.take.ShotBrief;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payload of a {@code take.generate} job: everything the run needs, fixed when it was asked for. The brief is
 * built then, by the person's own reading rights; the run needs no signed-in person and reads nothing else, and the
 * take keeps the fingerprint and script revision of exactly what it was made from.
 *
 * @param project the project id
 * @param shot the shot id (views find a job's shot by it)
 * @param requestedBy the account id of who asked
 * @param requestedByName their name then, kept with the take
 * @param generator the {@link org.filmfactory.take.ShotGenerator#id()} to run
 * @param fingerprint the shot's fingerprint then ({@link Fingerprints})
 * @param scriptRevision the script revision the breakdown followed then
 */
public record GenerationOrder(String project, String shot, String requestedBy, String requestedByName,
        String generator, String fingerprint, long scriptRevision, ShotBrief brief) {

    public static final String KIND = "take.generate";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static GenerationOrder fromJson(String json) {
        return JSON.readValue(json, GenerationOrder.class);
    }
}
