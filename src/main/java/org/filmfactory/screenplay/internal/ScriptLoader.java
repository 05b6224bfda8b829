package org.filmfactory.screenplay.internal;

import org.filmfactory.project.ProjectId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds a script's live state from the database: the last snapshot, then every stored step after it. This is
 * what a cluster that restarted (or a script nobody opened for a while) starts from.
 */
@Component
public class ScriptLoader {

    private final StepArchive archive;

    ScriptLoader(StepArchive archive) {
        this.archive = archive;
    }

    @Transactional(readOnly = true)
    public ScriptState load(ProjectId projectId) {
        var snapshot = archive.snapshot(projectId);
        long snapshotRevision = snapshot.map(VersionStore.VersionText::revision).orElse(0L);
        var replay = new Replay(snapshot.map(VersionStore.VersionText::text).orElse(""), snapshotRevision);
        archive.read(projectId, snapshotRevision, Long.MAX_VALUE, step -> {
            if (step.revision() != replay.revision + 1) {
                throw new IllegalStateException("script " + projectId + " has no step " + (replay.revision + 1));
            }
            replay.text = TextChange.fromJson(step.changes(), replay.text.length()).apply(replay.text);
            replay.revision = step.revision();
        });
        return ScriptState.loaded(replay.text, replay.revision, snapshotRevision);
    }

    /** The text as the replay has it so far. */
    private static final class Replay {
        String text;
        long revision;

        Replay(String text, long revision) {
            this.text = text;
            this.revision = revision;
        }
    }

    /** The text with every line break as {@code \n}, as the co-editor counts positions. */
    public static String lineFeeds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
