package org.filmfactory.screenplay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.filmfactory.screenplay.internal.ScriptLog.Outcome;
import org.filmfactory.screenplay.internal.ScriptLog.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The authority's ordering step on its own (the entry processor run on a plain map entry): pushes based on an older
 * revision are moved over what was accepted since, duplicates of accepted steps are dropped, and a base older than
 * the kept tail is answered "behind".
 */
class AcceptRebaseTest {

    private static final String START = "INT. HOUSE - DAY\n";
    private static final long MAX_BYTES = 1 << 20;
    private static final long MAX_INSERT = 1024;
    private static final int KEEP = 2000;

    private final Map.Entry<UUID, ScriptState> entry =
            new AbstractMap.SimpleEntry<>(UUID.randomUUID(), ScriptState.loaded(START, 1, 1));

    private Verdict push(long base, SimulatedWriter writer, boolean rebase) {
        var sendable = writer.sendableUpdates();
        var steps = sendable.stream().map(u -> new LoggedStep(u.clientId(), u.changes().toJson(), "author", 7L))
                .toList();
        return HazelcastScriptLog.Accept.of(base, steps, MAX_BYTES, MAX_INSERT, KEEP, rebase).process(entry);
    }

    /** Delivers every accepted step the writer has not seen, as the live updates do. */
    private void deliver(SimulatedWriter writer) {
        var state = entry.getValue();
        var steps = state.stepsAfter(writer.syncedVersion());
        var updates = new ArrayList<SimulatedWriter.Update>();
        var text = state.textAt(writer.syncedVersion());
        for (var step : steps) {
            var change = TextChange.fromJson(step.changes(), text.length());
            text = change.apply(text);
            updates.add(new SimulatedWriter.Update(step.clientId(), change));
        }
        writer.receiveUpdates(updates);
    }

    @Test
    void pushesFromTwoEditorsOnAStaleBaseConvergeOnTheSequentialText() {
        var anna = new SimulatedWriter("anna", START, 1);
        var bo = new SimulatedWriter("bo", START, 1);
        var cy = new SimulatedWriter("cy", START, 1);
        anna.edit(17, 17, "Rain.\n");
        bo.edit(0, 0, "FADE IN:\n");
        bo.edit(14, 19, "BARN");
        cy.edit(17, 17, "Snow.\n");

        assertThat(push(1, anna, true)).satisfies(v -> accepted(v, 2, 0, "[17,[0,\"Rain.\",\"\"]]"));
        assertThat(push(1, bo, true)).satisfies(v -> accepted(v, 4, 0,
                "[[0,\"FADE IN:\",\"\"],23]", "[14,[5,\"BARN\"],13]"));
        // Same place as Anna's text, later: it goes after it, as in every browser.
        assertThat(push(1, cy, true)).satisfies(v -> accepted(v, 5, 0, "[31,[0,\"Snow.\",\"\"]]"));

        var sequential = "FADE IN:\nINT. BARN - DAY\nRain.\nSnow.\n";
        assertThat(entry.getValue().text()).isEqualTo(sequential);
        assertThat(entry.getValue().revision()).isEqualTo(5);
        for (var writer : List.of(anna, bo, cy)) {
            deliver(writer);
            assertThat(writer.text()).as(writer.clientId()).isEqualTo(sequential);
            assertThat(writer.sendableUpdates()).as(writer.clientId()).isEmpty();
            assertThat(writer.syncedVersion()).isEqualTo(5);
        }
    }

    @Test
    void stepsAnEditorSendsAgainBeforeHearingBackAreDropped() {
        var anna = new SimulatedWriter("anna", START, 1);
        var bo = new SimulatedWriter("bo", START, 1);
        anna.edit(17, 17, "Rain.\n");
        assertThat(push(1, anna, true)).satisfies(v -> accepted(v, 2, 0, "[17,[0,\"Rain.\",\"\"]]"));
        bo.edit(0, 0, "FADE IN:\n");
        assertThat(push(1, bo, true)).satisfies(v -> accepted(v, 3, 0, "[[0,\"FADE IN:\",\"\"],23]"));
        // Anna has heard nothing yet: she sends her first step again, with a new one typed after it.
        anna.edit(23, 23, "Wind.\n");
        assertThat(push(1, anna, true)).satisfies(v -> accepted(v, 4, 1, "[32,[0,\"Wind.\",\"\"]]"));
        // And once more, all of it a duplicate now.
        assertThat(push(1, anna, true)).satisfies(v -> accepted(v, 4, 2));

        var expected = "FADE IN:\nINT. HOUSE - DAY\nRain.\nWind.\n";
        assertThat(entry.getValue().text()).isEqualTo(expected);
        assertThat(entry.getValue().steps()).extracting(LoggedStep::clientId).containsExactly("anna", "bo", "anna");
        for (var writer : List.of(anna, bo)) {
            deliver(writer);
            assertThat(writer.text()).isEqualTo(expected);
            assertThat(writer.sendableUpdates()).isEmpty();
        }
    }

    @Test
    void aBaseOlderThanTheKeptStepsIsAnsweredBehind() {
        // Revisions 2 to 4 are in the database and no longer in the live log, which starts at 4.
        var trimmed = new ScriptState("FADE IN:\n" + START + "x", 5, "FADE IN:\n" + START, 4,
                new LoggedStep[] {new LoggedStep("bo", "[26,[0,\"x\"]]", "author", 1L)}, 5, 5, 1L);
        entry.setValue(trimmed);
        var anna = new SimulatedWriter("anna", START, 3);
        anna.edit(0, 0, "A");

        assertThat(push(3, anna, true)).satisfies(v -> behind(v, 5));
        assertThat(entry.getValue()).isSameAs(trimmed);
    }

    @Test
    void aWholeTextSaveOnAnOlderRevisionIsNeverRebased() {
        var bo = new SimulatedWriter("bo", START, 1);
        bo.edit(0, 0, "FADE IN:\n");
        push(1, bo, true);
        var before = entry.getValue();
        var save = new SimulatedWriter("save-1", START, 1);
        save.edit(0, 17, "EXT. FIELD - NIGHT\n");

        assertThat(push(1, save, false)).satisfies(v -> behind(v, 2));
        assertThat(entry.getValue()).isSameAs(before);
    }

    @Test
    void aRebasedBatchWithABrokenStepIsRefusedWhole() {
        var bo = new SimulatedWriter("bo", START, 1);
        bo.edit(0, 0, "FADE IN:\n");
        push(1, bo, true);
        var before = entry.getValue();
        var steps = List.of(new LoggedStep("anna", "[17,[0,\"Rain.\",\"\"]]", "author", 7L),
                new LoggedStep("anna", "[3]", "author", 7L));

        var verdict = HazelcastScriptLog.Accept.of(1, steps, MAX_BYTES, MAX_INSERT, KEEP, true).process(entry);

        assertThat(verdict.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(verdict.reasonKey()).isEqualTo("screenplay.refused.malformed");
        assertThat(entry.getValue()).isSameAs(before);
    }

    @Test
    void aRevisionTheScriptNeverHadIsRefused() {
        var anna = new SimulatedWriter("anna", START, 1);
        anna.edit(0, 0, "A");
        var before = entry.getValue();

        var verdict = push(9, anna, true);

        assertThat(verdict.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(verdict.reasonKey()).isEqualTo("screenplay.refused.unknown-revision");
        assertThat(verdict.reasonArguments()).containsExactly("9", "1");
        assertThat(entry.getValue()).isSameAs(before);
    }

    private static void accepted(Verdict verdict, long revision, int skipped, String... changes) {
        assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(verdict.revision()).isEqualTo(revision);
        assertThat(verdict.skipped()).isEqualTo(skipped);
        assertThat(verdict.accepted()).containsExactly(changes);
    }

    private static void behind(Verdict verdict, long revision) {
        assertThat(verdict.outcome()).isEqualTo(Outcome.BEHIND);
        assertThat(verdict.revision()).isEqualTo(revision);
        assertThat(verdict.accepted()).isEmpty();
    }
}
