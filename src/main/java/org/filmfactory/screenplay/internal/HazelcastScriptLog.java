package org.filmfactory.screenplay.internal;

import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.filmfactory.fountain.ScriptFileRefused;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ScreenplaySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The script log in a Hazelcast map, one entry per script, changed only by entry processors on the owning member.
 * The map keeps its values as objects (a keystroke must not re-serialize a feature-length script) and one
 * synchronous backup, which holds accepted steps until the database has them.
 */
@Component
class HazelcastScriptLog implements ScriptLog {

    static final String MAP = "screenplay-script-log";

    private final IMap<UUID, ScriptState> scripts;
    private final HazelcastInstance hazelcast;
    private final ScriptLoader loader;
    private final Clock clock;
    private final long maxScriptBytes;
    private final int keep;
    private final long maxInsert;

    HazelcastScriptLog(HazelcastInstance hazelcast, ScriptLoader loader, ScreenplaySettings settings, Clock clock) {
        this.hazelcast = hazelcast;
        this.clock = clock;
        this.loader = loader;
        this.maxScriptBytes = settings.maxScriptSize().toBytes();
        this.keep = settings.keptSteps();
        this.maxInsert = settings.maxChangeSize().toBytes();
        hazelcast.getConfig().addMapConfig(new MapConfig(MAP).setInMemoryFormat(InMemoryFormat.OBJECT)
                .setBackupCount(1).setAsyncBackupCount(0));
        this.scripts = hazelcast.getMap(MAP);
    }

    @Override
    public Verdict accept(ProjectId projectId, long base, List<LoggedStep> steps, boolean rebase) {
        // A whole-text save (an import, a restore) was held to the script's limit already; the change limit is for
        // typing and pasting, and must not refuse a script the studio accepts (issue 10).
        long insertLimit = rebase ? maxInsert : Math.max(maxInsert, maxScriptBytes);
        var accept = Accept.of(base, steps, maxScriptBytes, insertLimit, keep, rebase);
        // Straight to the owner: a script in use is loaded, and asking first would cost every push a second round
        // trip on the same partition thread (issue 9).
        var verdict = scripts.executeOnKey(projectId.value(), accept);
        if (verdict == null) {
            // Not loaded yet, or released by the idle clean-up: load and retry once.
            loaded(projectId);
            verdict = scripts.executeOnKey(projectId.value(), accept);
        }
        return verdict == null ? Verdict.behind(0) : verdict;
    }

    @Override
    public ScriptState current(ProjectId projectId) {
        loaded(projectId);
        var state = scripts.executeOnKey(projectId.value(), new Current());
        return state != null ? state : loader.load(projectId);
    }

    @Override
    public @Nullable List<LoggedStep> since(ProjectId projectId, long revision) {
        loaded(projectId);
        var steps = scripts.executeOnKey(projectId.value(), new Since(revision));
        return steps == null ? null : Arrays.asList(steps.steps());
    }

    @Override
    public @Nullable String textAt(ProjectId projectId, long revision) {
        loaded(projectId);
        return scripts.executeOnKey(projectId.value(), new TextAt(revision));
    }

    @Override
    public Set<ProjectId> ownedHere() {
        return scripts.localKeySet().stream().map(ProjectId::new).collect(Collectors.toSet());
    }

    @Override
    public void markPersisted(ProjectId projectId, long upTo, long snapshot) {
        scripts.executeOnKey(projectId.value(), new MarkPersisted(upTo, snapshot));
    }

    @Override
    public void forget(ProjectId projectId) {
        scripts.delete(projectId.value());
    }

    @Override
    public boolean release(ProjectId projectId, long idleSince) {
        return Boolean.TRUE.equals(scripts.executeOnKey(projectId.value(), new Release(idleSince)));
    }

    private void loaded(ProjectId projectId) {
        if (!scripts.containsKey(projectId.value())) {
            scripts.putIfAbsent(projectId.value(), loader.load(projectId).loadedAt(clock.millis()));
        }
    }

    /**
     * The ordering step: checks the base revision and every change against the text it was made on, moves the
     * changes over the steps accepted since (when {@code rebase} allows it and the log still keeps them), then
     * applies them all or none. It travels to the owner and its backup by Java serialization, so it carries the
     * steps as plain strings; the backup replays it on the same state and reaches the same result.
     */
    record Accept(long base, String[] clientIds, String[] changes, String[] authors, long acceptedAt,
            long maxScriptBytes, long maxInsert, int keep, boolean rebase)
            implements EntryProcessor<UUID, ScriptState, Verdict> {

        static Accept of(long base, List<LoggedStep> steps, long maxScriptBytes, long maxInsert, int keep,
                boolean rebase) {
            return new Accept(base, steps.stream().map(LoggedStep::clientId).toArray(String[]::new),
                    steps.stream().map(LoggedStep::changes).toArray(String[]::new),
                    steps.stream().map(LoggedStep::author).toArray(String[]::new),
                    steps.isEmpty() ? 0 : steps.getFirst().acceptedAt(), maxScriptBytes, maxInsert, keep, rebase);
        }

        @Override
        public @Nullable Verdict process(Map.Entry<UUID, ScriptState> entry) {
            var state = entry.getValue();
            if (state == null) {
                return null;
            }
            if (base < 0 || base > state.revision()) {
                return Verdict.refused(state.revision(), "screenplay.refused.unknown-revision",
                        Long.toString(base), Long.toString(state.revision()));
            }
            // Steps accepted since the sender's base: a push that is behind is moved over them (issue 9), as
            // @codemirror/collab's rebaseUpdates does; one older than the kept tail must start again.
            var since = base == state.revision() ? new LoggedStep[0] : rebase ? state.stepsAfter(base) : null;
            if (since == null) {
                return Verdict.behind(state.revision());
            }
            var text = state.text();
            var canonical = new LoggedStep[0];
            int skipped;
            try {
                var over = new ArrayList<CollabRebase.Update>(since.length);
                for (var step : since) {
                    over.add(new CollabRebase.Update(step.clientId(), ChangeJson.parse(step.changes())));
                }
                // Every change is checked against the text it was made on, before anything is moved or applied.
                int length = over.isEmpty() ? text.length() : over.getFirst().changes().length();
                var sent = new ArrayList<CollabRebase.Update>(changes.length);
                long inserted = 0;
                for (int i = 0; i < changes.length; i++) {
                    var change = TextChange.fromJson(changes[i], length);
                    inserted += change.insertedLength();
                    if (inserted > maxInsert) {
                        return Verdict.refused(state.revision(), "screenplay.refused.too-much-inserted",
                                Long.toString(maxInsert));
                    }
                    length = change.newLength();
                    sent.add(new CollabRebase.Update(clientIds[i], change));
                }
                var rebased = CollabRebase.rebaseStepwise(sent, over);
                skipped = rebased.skipped();
                canonical = new LoggedStep[rebased.rebased().size()];
                for (int i = 0; i < canonical.length; i++) {
                    var change = rebased.rebased().get(i).changes();
                    text = change.apply(text);
                    if (Characters.splitsAPair(change, text)) {
                        return Verdict.refused(state.revision(), "screenplay.refused.splits-pair");
                    }
                    int from = skipped + i;
                    canonical[i] = new LoggedStep(clientIds[from], change.toJson(), authors[from], acceptedAt);
                }
            } catch (MalformedChange malformed) {
                return Verdict.refused(state.revision(), "screenplay.refused.malformed");
            }
            // Characters are at most 3 UTF-8 bytes per UTF-16 unit: only count exactly when that bound is exceeded.
            if ((long) text.length() * 3 > maxScriptBytes
                    && text.getBytes(StandardCharsets.UTF_8).length > maxScriptBytes) {
                return Verdict.refused(state.revision(), "screenplay.refused.script-too-large",
                        ScriptFileRefused.readableSize(maxScriptBytes));
            }
            var accepted = new String[canonical.length];
            for (int i = 0; i < canonical.length; i++) {
                accepted[i] = canonical[i].changes();
            }
            if (canonical.length == 0) {
                // Everything sent was accepted before: nothing changes.
                return new Verdict(Outcome.ACCEPTED, state.revision(), "", new String[0], accepted, skipped);
            }
            var next = state.advance(text, canonical, keep, acceptedAt);
            entry.setValue(next);
            return new Verdict(Outcome.ACCEPTED, next.revision(), "", new String[0], accepted, skipped);
        }
    }

    record Current() implements EntryProcessor<UUID, ScriptState, ScriptState>, ReadOnly {

        @Override
        public @Nullable ScriptState process(Map.Entry<UUID, ScriptState> entry) {
            return entry.getValue();
        }

        @Override
        public @Nullable EntryProcessor<UUID, ScriptState, ScriptState> getBackupProcessor() {
            return null;
        }
    }

    /** Steps as one value: Hazelcast serializes a record holding an array, not a bare array of records. */
    record StepBatch(LoggedStep[] steps) {
    }

    record Since(long revision) implements EntryProcessor<UUID, ScriptState, StepBatch>, ReadOnly {

        @Override
        public @Nullable StepBatch process(Map.Entry<UUID, ScriptState> entry) {
            var state = entry.getValue();
            var steps = state == null ? null : state.stepsAfter(revision);
            return steps == null ? null : new StepBatch(steps);
        }

        @Override
        public @Nullable EntryProcessor<UUID, ScriptState, StepBatch> getBackupProcessor() {
            return null;
        }
    }

    record TextAt(long revision) implements EntryProcessor<UUID, ScriptState, String>, ReadOnly {

        @Override
        public @Nullable String process(Map.Entry<UUID, ScriptState> entry) {
            var state = entry.getValue();
            return state == null ? null : state.textAt(revision);
        }

        @Override
        public @Nullable EntryProcessor<UUID, ScriptState, String> getBackupProcessor() {
            return null;
        }
    }

    record MarkPersisted(long upTo, long snapshot) implements EntryProcessor<UUID, ScriptState, Void> {

        @Override
        public @Nullable Void process(Map.Entry<UUID, ScriptState> entry) {
            var state = entry.getValue();
            if (state != null) {
                entry.setValue(state.persisted(upTo, snapshot));
            }
            return null;
        }
    }

    /** Removes a script that the database has entirely and nobody changed since {@code idleSince}. */
    record Release(long idleSince) implements EntryProcessor<UUID, ScriptState, Boolean> {

        @Override
        public Boolean process(Map.Entry<UUID, ScriptState> entry) {
            var state = entry.getValue();
            if (state == null || state.persistedRevision() < state.revision()
                    || state.snapshotRevision() < state.revision() || state.lastChangeAt() > idleSince) {
                return false;
            }
            entry.setValue(null);
            return true;
        }
    }
}
