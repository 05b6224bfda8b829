package org.filmfactory.screenplay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.filmfactory.screenplay.internal.SimulatedWriter.Update;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What CodeMirror's generated fixtures ({@link CodeMirrorFixturesTest}) do not cover: the strict JSON reader, line
 * breaks, refusals, and scenarios of undo and rebasing told as stories. Expected texts and JSON were worked out by
 * hand from CodeMirror's change.ts and collab.ts, not taken from this port.
 */
class TextChangeTest {

    @Test
    void writesTheJsonCodeMirrorWrites() {
        assertThat(TextChange.of(5, 5, 5, " world").toJson()).isEqualTo("[5,[0,\" world\"]]");
        assertThat(TextChange.of(10, 2, 4, "a\nb").toJson()).isEqualTo("[2,[2,\"a\",\"b\"],6]");
        assertThat(TextChange.of(10, 2, 4, "").toJson()).isEqualTo("[2,[2],6]");
        assertThat(TextChange.of(3, 0, 0, "\nfoo").toJson()).isEqualTo("[[0,\"\",\"foo\"],3]");
        assertThat(TextChange.of(0, 0, 0, "你好").toJson()).isEqualTo("[[0,\"你好\"]]");
        assertThat(TextChange.empty(5).toJson()).isEqualTo("[5]");
        assertThat(TextChange.empty(0).toJson()).isEqualTo("[]");
    }

    @Test
    void escapesStringsLikeJsonStringify() {
        var change = TextChange.of(0, 0, 0, "say \"hi\"\t\\ \u0001 / 🎬 \uD83C");

        assertThat(change.toJson()).isEqualTo("[[0,\"say \\\"hi\\\"\\t\\\\ \\u0001 / 🎬 \\ud83c\"]]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[5,[0,\" world\"]]", "[2,[2,\"a\",\"b\"],6]", "[[0,\"\",\"\"]]", "[1,[2,\"XY\"],1,[1],1]",
        "[2,[0,\"ab\"],[2,\"c\"],1]", "[3,3]", "[]"})
    void readsBackWhatItWrites(String json) {
        var change = TextChange.fromJson(json, lengthOf(json));

        assertThat(change.toJson()).isEqualTo(json);
        assertThat(TextChange.fromJson(change.toJson(), change.length())).isEqualTo(change);
    }

    @Test
    void readsWhitespaceAndEveryEscape() {
        var change = TextChange.fromJson(" [ [ 0 ,\n \"\\u4f60\\u597D\\ud83c\\udfac\\/\\\"\\\\\\b\\f\\t\" ] ] ", 0);

        assertThat(change.apply("")).isEqualTo("你好🎬/\"\\\b\f\t");
        assertThat(change.toJson()).isEqualTo("[[0,\"你好🎬/\\\"\\\\\\b\\f\\t\"]]");
    }

    @Test
    void turnsEveryKindOfLineBreakIntoNewline() {
        var change = TextChange.of(3, 1, 1, "x\r\ny\rz");

        assertThat(change.toJson()).isEqualTo("[1,[0,\"x\",\"y\",\"z\"],2]");
        assertThat(change.insertedLength()).isEqualTo(5);
        assertThat(change.apply("abc")).isEqualTo("ax\ny\nzbc");
    }

    @Test
    void appliesEverySection() {
        var change = TextChange.fromJson("[1,[2,\"XY\"],1,[1],1]", 6);

        assertThat(change.apply("abcdef")).isEqualTo("aXYdf");
        assertThat(change.length()).isEqualTo(6);
        assertThat(change.newLength()).isEqualTo(5);
        assertThat(change.insertedLength()).isEqualTo(2);
        assertThat(change.isEmpty()).isFalse();
        assertThat(TextChange.empty(6).isEmpty()).isTrue();
        assertThat(TextChange.of(6, 3, 3, "")).isEqualTo(TextChange.empty(6));
    }

    @Test
    void refusesToMapAPositionOutsideTheDocument() {
        // Where positions land is checked against CodeMirror itself (CodeMirrorFixturesTest); this is our addition.
        var delete = TextChange.of(10, 2, 6, "");

        assertThatExceptionOfType(MalformedChange.class).isThrownBy(() -> Changes.mapPos(delete, 11, 0));
        assertThatExceptionOfType(MalformedChange.class).isThrownBy(() -> Changes.mapPos(delete, -1, 0));
    }

    @Test
    void undoSkipsOtherWritersChanges() {
        var relay = new Relay("Hello");
        var a = relay.join("a");
        var b = relay.join("b");

        a.edit(5, 5, " world");
        b.edit(0, 0, ">> ");
        relay.sync(b, a);
        relay.sync(a, b);
        b.edit(b.text().length(), b.text().length(), "!");
        relay.sync(b, a);
        assertThat(a.text()).isEqualTo(">> Hello world!");

        a.undo();
        relay.sync(a, b);

        assertThat(a.text()).isEqualTo(">> Hello!");
        assertThat(b.text()).isEqualTo(">> Hello!");
    }

    @Test
    void undoLeavesTextOthersTypedInsideTheUndoneText() {
        var relay = new Relay("Hello");
        var a = relay.join("a");
        var b = relay.join("b");
        a.edit(5, 5, " world");
        relay.sync(a, b);

        b.edit(8, 8, "X");
        relay.sync(b, a);
        a.undo();
        relay.sync(a, b);

        assertThat(a.text()).isEqualTo("HelloX");
        assertThat(b.text()).isEqualTo("HelloX");
    }

    @Test
    void undoStepsBelowTheTopFollowRemoteChangesToo() {
        var relay = new Relay("");
        var a = relay.join("a");
        var b = relay.join("b");
        a.edit(0, 0, "1");
        a.edit(1, 1, "2");
        relay.sync(a, b);
        b.edit(0, 0, "B");
        relay.sync(b, a);

        assertThat(a.undo()).isTrue();
        assertThat(a.text()).isEqualTo("B1");
        assertThat(a.undo()).isTrue();
        assertThat(a.text()).isEqualTo("B");
        assertThat(a.undo()).isFalse();
        relay.sync(a, b);
        assertThat(b.text()).isEqualTo("B");
    }

    @Test
    void undoRestoresDeletedTextBehindWhatOthersTypedThere() {
        var relay = new Relay("aZXb");
        var a = relay.join("a");
        var b = relay.join("b");
        a.edit(1, 2, "");
        a.edit(1, 2, "");
        relay.sync(a, b);
        b.edit(1, 1, "R");
        relay.sync(b, a);

        a.undo();
        assertThat(a.text()).isEqualTo("aRXb");
        a.undo();
        assertThat(a.text()).isEqualTo("aRZXb");
    }

    @Test
    void confirmsOwnUpdatesAnAuthorityRebasedBehindForeignOnes() {
        // collab's rebaseUpdates lets an authority take a stale push by moving it over what came first.
        var a = new SimulatedWriter("a", "abc", 0);
        a.edit(1, 1, "A");
        var foreign = TextChange.of(3, 1, 1, "F");
        var rebased = a.sendableUpdates().getFirst().changes().map(foreign, false);

        a.receiveUpdates(List.of(new Update("f", foreign), new Update("a", rebased)));

        assertThat(rebased.toJson()).isEqualTo("[2,[0,\"A\"],2]");
        assertThat(a.text()).isEqualTo("aFAbc");
        assertThat(a.sendableUpdates()).isEmpty();
        assertThat(a.syncedVersion()).isEqualTo(2);
    }

    @Test
    void rebasesUnconfirmedChangesOverForeignOnes() {
        var relay = new Relay("abc");
        var a = relay.join("a");
        var b = relay.join("b");
        a.edit(1, 1, "A");
        b.edit(1, 1, "B");
        relay.sync(b, a);

        assertThat(relay.push(a)).isTrue();
        relay.sync(a, b);

        // B reached the authority first, so A's same-place insert is rebased behind it (map with before = false).
        assertThat(a.sendableUpdates()).isEmpty();
        assertThat(a.text()).isEqualTo("aBAbc");
        assertThat(b.text()).isEqualTo("aBAbc");
        assertThat(relay.log).extracting(u -> u.changes().toJson())
                .containsExactly("[1,[0,\"B\"],2]", "[2,[0,\"A\"],2]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{}", "null", "[true]", "[\"a\"]", "[-1]", "[1.5]", "[1e2]", "[01]", "[1,]",
        "[,1]", "[1] x", "[1", "[[]]", "[[1,2]]", "[[1,\"a\",[2]]]", "[[[1]]]", "[0,1]", "[[0],1]", "[[1,\"\"]]",
        "[[0,\"a\\nb\"]]", "[[0,\"a\u0001\"]]", "[[0,\"\\x\"]]", "[[0,\"\\u12\"]]", "[[0,\"\\u١٢٣٤\"]]", "[[0,\"a]]",
        "[[0,\"a\"] ]]", "[99999999999]", "[2147483647,1]", "[1,2]x"})
    void refusesWhatIsNotAChange(String json) {
        assertThatExceptionOfType(MalformedChange.class).isThrownBy(() -> TextChange.fromJson(json, 1));
    }

    @Test
    void explainsWhyAChangeIsRefused() {
        assertThatExceptionOfType(MalformedChange.class).isThrownBy(() -> TextChange.fromJson("[120]", 118))
                .withMessage("change covers 120 characters but the script has 118");
        assertThatExceptionOfType(MalformedChange.class).isThrownBy(() -> TextChange.fromJson("[1,-2]", 3))
                .withMessage("negative number at character 3");
        assertThatExceptionOfType(MalformedChange.class).isThrownBy(() -> TextChange.of(5, 3, 6, "x"))
                .withMessage("position out of range: 3 to 6 in a script of 5 characters");
        assertThatExceptionOfType(MalformedChange.class).isThrownBy(() -> TextChange.of(5, 0, 5, "").apply("abc"))
                .withMessage("change covers 5 characters but the script has 3");
        assertThatExceptionOfType(MalformedChange.class).isThrownBy(() -> Changes.invert(TextChange.empty(2), "abc"));
    }

    @Test
    void refusesToCombineChangesOfDifferentLengths() {
        var change = TextChange.of(3, 0, 0, "x");

        assertThatIllegalArgumentException().isThrownBy(() -> change.map(TextChange.of(5, 0, 0, "y"), false));
        assertThatIllegalArgumentException().isThrownBy(() -> change.compose(TextChange.empty(3)));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void garbageNeverThrowsAnythingButMalformedChange() {
        var random = new Random(42);
        var valid = List.of("[5,[0,\" world\"]]", "[2,[2,\"a\",\"b\"],6]", "[[0,\"\\u4f60🎬\\\"\"],3]",
                "[1,[2,\"XY\"],1,[1],1]", "[ 3 , [ 2 ] ]");
        var alphabet = "[]{},:\"\\/ 0123456789-+.eEuabfnrtx\n\t\u0000好🎬\uD83C";
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            String json = i % 2 == 0 ? mutate(valid.get(random.nextInt(valid.size())), alphabet, random)
                    : randomString(alphabet, random);
            int docLength = random.nextInt(4) == 0 ? random.nextInt(12) : lengthOrZero(json);
            try {
                var change = TextChange.fromJson(json, docLength);
                accepted++;
                assertThat(change.length()).isEqualTo(docLength);
                assertThat(TextChange.fromJson(change.toJson(), docLength)).isEqualTo(change);
                assertThat(change.apply("-".repeat(docLength))).hasSize(change.newLength());
            } catch (MalformedChange expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
        // The mutations must also produce valid changes, or the checks above test nothing.
        assertThat(accepted).isGreaterThan(1000);
    }

    private static String mutate(String json, String alphabet, Random random) {
        var out = new StringBuilder(json);
        for (int n = random.nextInt(3) + 1; n > 0 && !out.isEmpty(); n--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                default -> out.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return out.toString();
    }

    private static String randomString(String alphabet, Random random) {
        var out = new StringBuilder();
        for (int n = random.nextInt(30); n > 0; n--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static int lengthOf(String json) {
        return ChangeJson.parse(json).length();
    }

    private static int lengthOrZero(String json) {
        try {
            return lengthOf(json);
        } catch (MalformedChange e) {
            return 0;
        }
    }

    /** An authority that accepts a writer's updates only at its current version, and delivers on demand. */
    private static final class Relay {

        private final String start;
        private final List<Update> log = new ArrayList<>();

        Relay(String start) {
            this.start = start;
        }

        SimulatedWriter join(String clientId) {
            return new SimulatedWriter(clientId, start, 0);
        }

        boolean push(SimulatedWriter writer) {
            if (writer.syncedVersion() != log.size()) {
                return false;
            }
            log.addAll(writer.sendableUpdates());
            return true;
        }

        void pull(SimulatedWriter writer) {
            writer.receiveUpdates(List.copyOf(log.subList(writer.syncedVersion(), log.size())));
        }

        /** The author pushes (catching up first if it was behind), then everyone receives everything. */
        void sync(SimulatedWriter author, SimulatedWriter... others) {
            if (!push(author)) {
                pull(author);
                push(author);
            }
            pull(author);
            for (var other : others) {
                pull(other);
            }
        }
    }
}
