package org.filmfactory.screenplay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.filmfactory.screenplay.internal.ScriptLog.Outcome;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Replays what the real @codemirror/state and @codemirror/collab computed ({@code src/test/codemirror/generate.mjs},
 * fixtures in {@code src/test/resources/screenplay/codemirror/}) through the Java ports, which must agree exactly:
 * {@link TextChange} for applying, inverting, mapping, composing, positions and ranges; {@link SimulatedWriter} for
 * collab's client; {@link CollabRebase} and the authority's ordering step for its server side.
 */
class CodeMirrorFixturesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = CodeMirrorFixturesTest.class.getResourceAsStream("/screenplay/codemirror/" + name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static JsonNode tree(TextChange change) {
        return JSON.readTree(change.toJson());
    }

    @Test
    void changeSetsAgreeWithCodeMirror() throws IOException {
        var cases = fixture("changes.json").get("cases");
        assertThat(cases.size()).isEqualTo(254);
        for (var fixture : cases) {
            var at = fixture.get("name").asString() + " on " + fixture.get("doc");
            var doc = fixture.get("doc").asString();
            var a = TextChange.fromJson(fixture.get("a").toString(), doc.length());
            var b = TextChange.fromJson(fixture.get("b").toString(), doc.length());
            var applied = a.apply(doc);
            var c = TextChange.fromJson(fixture.get("c").toString(), applied.length());

            assertThat(tree(a)).as(at + ": toJSON").isEqualTo(fixture.get("a"));
            assertThat(a.toString()).as(at + ": toString").isEqualTo(fixture.get("debug").asString());
            assertThat(applied).as(at + ": apply").isEqualTo(fixture.get("applied").asString());
            assertThat(tree(Changes.invert(a, doc))).as(at + ": invert").isEqualTo(fixture.get("inverted"));
            assertThat(tree(a.map(b, false))).as(at + ": map").isEqualTo(fixture.get("mapped"));
            assertThat(tree(a.map(b, true))).as(at + ": map before").isEqualTo(fixture.get("mappedBefore"));
            assertThat(tree(a.compose(c))).as(at + ": compose").isEqualTo(fixture.get("composed"));
            for (var position : fixture.get("positions")) {
                int pos = position.get(0).asInt();
                assertThat(Changes.mapPos(a, pos, -1)).as(at + ": mapPos(" + pos + ", -1)").isEqualTo(position.get(1).asInt());
                assertThat(Changes.mapPos(a, pos, 1)).as(at + ": mapPos(" + pos + ", 1)").isEqualTo(position.get(2).asInt());
            }
            assertThat(ranges(a.changedRanges(false))).as(at + ": iterChanges").isEqualTo(fixture.get("ranges"));
            assertThat(ranges(a.changedRanges(true))).as(at + ": iterChanges individual")
                    .isEqualTo(fixture.get("individualRanges"));
            var specs = fixture.get("specs");
            if (specs.size() == 1) {
                var spec = specs.get(0);
                assertThat(TextChange.of(doc.length(), spec.get("from").asInt(), spec.get("to").asInt(),
                        spec.get("insert").asString())).as(at + ": ChangeSet.of").isEqualTo(a);
            }
        }
    }

    @Test
    void collabSessionsAgreeWithCodeMirror() throws IOException {
        var sessions = fixture("collab.json").get("sessions");
        assertThat(sessions.size()).isEqualTo(24);
        int index = 0;
        for (var session : sessions) {
            replay("session " + index++, session);
        }
    }

    private static void replay(String name, JsonNode session) {
        var start = session.get("start").asString();
        var writers = new ArrayList<SimulatedWriter>();
        for (int i = 0; i < session.get("writers").asInt(); i++) {
            writers.add(new SimulatedWriter("w" + i, start, 0));
        }
        var log = new ArrayList<CollabRebase.Update>();
        var texts = new ArrayList<>(List.of(start));
        Map.Entry<UUID, ScriptState> authority =
                new AbstractMap.SimpleEntry<>(UUID.randomUUID(), ScriptState.loaded(start, 0, 0));
        int step = 0;
        for (var op : session.get("ops")) {
            var at = name + ", op " + step++ + " " + op.get("op").asString() + " by w" + op.get("w").asInt();
            var writer = writers.get(op.get("w").asInt());
            switch (op.get("op").asString()) {
                case "edit" -> {
                    writer.edit(op.get("from").asInt(), op.get("to").asInt(), op.get("insert").asString());
                    assertThat(writer.text()).as(at).isEqualTo(op.get("doc").asString());
                    assertThat(wire(writer.sendableUpdates())).as(at + ": sendable").isEqualTo(op.get("sendable"));
                }
                case "push" -> {
                    int base = op.get("base").asInt();
                    assertThat(base).as(at).isEqualTo(writer.syncedVersion());
                    var sent = writer.sendableUpdates().stream()
                            .map(u -> new CollabRebase.Update(u.clientId(), u.changes())).toList();
                    assertThat(wireRebase(sent)).as(at + ": sent").isEqualTo(op.get("sent"));
                    var over = List.copyOf(log.subList(base, log.size()));
                    assertThat(wireRebase(CollabRebase.rebaseUpdates(sent, over).rebased()))
                            .as(at + ": rebaseUpdates").isEqualTo(op.get("rebased"));
                    var accepted = CollabRebase.rebaseStepwise(sent, over).rebased();
                    assertThat(wireRebase(accepted)).as(at + ": rebased step by step").isEqualTo(op.get("accepted"));
                    for (var update : accepted) {
                        log.add(update);
                        texts.add(update.changes().apply(texts.getLast()));
                    }
                    assertThat(texts.getLast()).as(at + ": authority's text").isEqualTo(op.get("doc").asString());
                    // The studio's own ordering step, on the same push, reaches the same steps and text.
                    var steps = sent.stream()
                            .map(u -> new LoggedStep(u.clientId(), u.changes().toJson(), "author", 1L)).toList();
                    var verdict = HazelcastScriptLog.Accept.of(base, steps, 1 << 20, 1 << 20, 10_000, true)
                            .process(authority);
                    assertThat(verdict.outcome()).as(at + ": " + verdict.reasonKey()).isEqualTo(Outcome.ACCEPTED);
                    var canonical = JsonNodeFactory.instance.arrayNode();
                    for (var change : verdict.accepted()) {
                        canonical.add(JSON.readTree(change));
                    }
                    var expected = JsonNodeFactory.instance.arrayNode();
                    op.get("accepted").forEach(update -> expected.add(update.get("ch")));
                    assertThat(canonical).as(at + ": authority's steps").isEqualTo(expected);
                    assertThat(authority.getValue().text()).as(at + ": authority").isEqualTo(op.get("doc").asString());
                    assertThat(authority.getValue().revision()).isEqualTo(op.get("version").asLong());
                }
                case "receive" -> {
                    int from = writer.syncedVersion();
                    for (var update : log.subList(from, from + op.get("count").asInt())) {
                        writer.receiveUpdates(List.of(new SimulatedWriter.Update(update.clientId(), update.changes())));
                    }
                    assertThat(writer.text()).as(at).isEqualTo(op.get("doc").asString());
                    assertThat(writer.syncedVersion()).as(at + ": version").isEqualTo(op.get("version").asInt());
                    assertThat(wire(writer.sendableUpdates())).as(at + ": sendable").isEqualTo(op.get("sendable"));
                }
                default -> throw new IllegalStateException("unknown op in " + at);
            }
        }
    }

    private static ArrayNode wire(List<SimulatedWriter.Update> updates) {
        return wireRebase(updates.stream().map(u -> new CollabRebase.Update(u.clientId(), u.changes())).toList());
    }

    private static ArrayNode wireRebase(List<CollabRebase.Update> updates) {
        var list = JsonNodeFactory.instance.arrayNode();
        for (var update : updates) {
            list.addObject().put("c", update.clientId()).set("ch", tree(update.changes()));
        }
        return list;
    }

    private static ArrayNode ranges(List<TextChange.ChangedRange> ranges) {
        var list = JsonNodeFactory.instance.arrayNode();
        for (var range : ranges) {
            list.addArray().add(range.fromA()).add(range.toA()).add(range.fromB()).add(range.toB())
                    .add(range.inserted());
        }
        return list;
    }
}
