package org.filmfactory.screenplay.internal;

import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
    private final long maxScriptBytes;
    private final int keep;
    private final long maxInsert;

    HazelcastScriptLog(HazelcastInstance hazelcast, ScriptLoader loader, ScreenplaySettings settings) {
        this.hazelcast = hazelcast;
        this.loader = loader;
        this.maxScriptBytes = settings.maxScriptSize().toBytes();
        this.keep = settings.keptSteps();
        this.maxInsert = settings.maxChangeSize().toBytes();
        hazelcast.getConfig().addMapConfig(new MapConfig(MAP).setInMemoryFormat(InMemoryFormat.OBJECT)
                .setBackupCount(1).setAsyncBackupCount(0));
        this.scripts = hazelcast.getMap(MAP);
    }

    @Override
    public Verdict accept(ProjectId projectId, long base, List<LoggedStep> steps) {
        loaded(projectId);
        var accept = Accept.of(base, steps, maxScriptBytes, maxInsert, keep);
        var verdict = scripts.executeOnKey(projectId.value(), accept);
        if (verdict == null) {
            // Released between loading and accepting (idle clean-up): load again and retry once.
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
            scripts.putIfAbsent(projectId.value(), loader.load(projectId));
        }
    }

    /**
     * The ordering step: checks the base revision and every change against the text, then applies them all. It
     * travels to the owner and its backup by Java serialization, so it carries the steps as plain strings.
     */
    record Accept(long base, String[] clientIds, String[] changes, String[] authors, long acceptedAt,
            long maxScriptBytes, long maxInsert, int keep) implements EntryProcessor<UUID, ScriptState, Verdict> {

        static Accept of(long base, List<LoggedStep> steps, long maxScriptBytes, long maxInsert, int keep) {
            return new Accept(base, steps.stream().map(LoggedStep::clientId).toArray(String[]::new),
                    steps.stream().map(LoggedStep::changes).toArray(String[]::new),
                    steps.stream().map(LoggedStep::author).toArray(String[]::new),
                    steps.isEmpty() ? 0 : steps.getFirst().acceptedAt(), maxScriptBytes, maxInsert, keep);
        }

        @Override
        public @Nullable Verdict process(Map.Entry<UUID, ScriptState> entry) {
            var steps = new LoggedStep[changes.length];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = new LoggedStep(clientIds[i], changes[i], authors[i], acceptedAt);
            }
            var state = entry.getValue();
            if (state == null) {
                return null;
            }
            if (base != state.revision()) {
                return base < state.revision() && base >= 0
                        ? Verdict.behind(state.revision())
                        : Verdict.refused(state.revision(),
                                "revision " + base + " does not exist (the script is at " + state.revision() + ")");
            }
            var text = state.text();
            var canonical = new LoggedStep[steps.length];
            long inserted = 0;
            try {
                for (int i = 0; i < steps.length; i++) {
                    var change = TextChange.fromJson(steps[i].changes(), text.length());
                    inserted += change.insertedLength();
                    if (inserted > maxInsert) {
                        return Verdict.refused(state.revision(),
                                "the change inserts more than " + maxInsert + " characters");
                    }
                    text = change.apply(text);
                    if (Characters.splitsAPair(change, text)) {
                        return Verdict.refused(state.revision(),
                                "a change may not cut a character in two (a surrogate pair)");
                    }
                    canonical[i] = new LoggedStep(steps[i].clientId(), change.toJson(), steps[i].author(),
                            steps[i].acceptedAt());
                }
            } catch (MalformedChange malformed) {
                return Verdict.refused(state.revision(), malformed.getMessage());
            }
            // Characters are at most 3 UTF-8 bytes per UTF-16 unit: only count exactly when that bound is exceeded.
            if ((long) text.length() * 3 > maxScriptBytes
                    && text.getBytes(StandardCharsets.UTF_8).length > maxScriptBytes) {
                return Verdict.refused(state.revision(),
                        "the script would be larger than " + maxScriptBytes + " bytes");
            }
            long at = steps.length == 0 ? state.lastChangeAt() : steps[steps.length - 1].acceptedAt();
            var next = state.advance(text, canonical, keep, at);
            entry.setValue(next);
            var accepted = new String[canonical.length];
            for (int i = 0; i < canonical.length; i++) {
                accepted[i] = canonical[i].changes();
            }
            return new Verdict(Outcome.ACCEPTED, next.revision(), "", accepted);
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
