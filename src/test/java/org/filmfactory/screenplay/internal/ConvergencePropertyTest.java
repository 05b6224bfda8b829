package org.filmfactory.screenplay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.filmfactory.screenplay.internal.SimulatedWriter.Update;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several writers edit one script at once through an in-memory authority, with late delivery, lost pushes and
 * dropped connections, and must all end with the authority's text. Each writer's text is also checked after every
 * step: it must be the authority's text at the writer's synced version with its unconfirmed updates applied.
 */
class ConvergencePropertyTest {

    private static final String START = "INT. 茶馆 – DAY\n老王 🎬 pours tea.\n";
    private static final String[] SNIPPETS = {"a", "INT. ", "好", "剧本", "🎬", "👩‍👩‍👧", "\n", "x\ny", "“", " "};
    private static final int ROUNDS = 200;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void writersConvergeOnTheAuthoritysText() {
        for (long seed = 1; seed <= 20; seed++) {
            new Session(seed, false).play();
        }
    }

    /**
     * The studio's authority moves stale pushes over what came since and drops updates it already has: writers who
     * push again before they hear back (every push here resends all unconfirmed updates) still converge, taking the
     * accepted steps one at a time as the browser editor does.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void writersConvergeWhenTheAuthorityRebasesStalePushes() {
        for (long seed = 1; seed <= 20; seed++) {
            new Session(seed, true).play();
        }
    }

    /**
     * The authority as @codemirror/collab's example server: updates are accepted on top of its current version, or
     * ({@code rebasing}) moved over the updates since their version by {@link CollabRebase}, as the studio's
     * authority does. Each change crosses the wire as JSON, as the browser's would.
     */
    private static final class Authority {

        private final boolean rebasing;
        private final List<Update> updates = new ArrayList<>();
        private final List<String> texts = new ArrayList<>(List.of(START));

        Authority(boolean rebasing) {
            this.rebasing = rebasing;
        }

        int version() {
            return updates.size();
        }

        String text() {
            return texts.getLast();
        }

        String textAt(int version) {
            return texts.get(version);
        }

        boolean push(int version, List<Update> pushed) {
            if (version != updates.size() && !rebasing) {
                return false;
            }
            var over = updates.subList(version, updates.size()).stream()
                    .map(u -> new CollabRebase.Update(u.clientId(), u.changes())).toList();
            var sent = pushed.stream().map(u -> new CollabRebase.Update(u.clientId(), u.changes())).toList();
            for (var update : CollabRebase.rebaseStepwise(sent, over).rebased()) {
                var wire = TextChange.fromJson(update.changes().toJson(), text().length());
                assertThat(wire).isEqualTo(update.changes());
                texts.add(wire.apply(text()));
                updates.add(new Update(update.clientId(), wire));
            }
            return true;
        }

        List<Update> range(int from, int to) {
            return List.copyOf(updates.subList(from, to));
        }
    }

    /** One seeded run: the authority, the writers, and for each writer the versions still on their way to it. */
    private static final class Session {

        private final long seed;
        private final Random random;
        private final Authority authority;
        private final List<SimulatedWriter> writers;
        private final List<ArrayDeque<Integer>> inboxes;
        private final boolean[] online;
        private int round;

        Session(long seed, boolean rebasing) {
            this.seed = seed;
            this.authority = new Authority(rebasing);
            // Neighbouring seeds give java.util.Random similar first numbers; spread them out.
            this.random = new Random(seed * 0x9E3779B97F4A7C15L);
            int count = 5 + random.nextInt(4);
            this.writers = IntStream.range(0, count).mapToObj(i -> new SimulatedWriter("w" + i, START, 0)).toList();
            this.inboxes = IntStream.range(0, count).mapToObj(i -> new ArrayDeque<Integer>()).toList();
            this.online = new boolean[count];
            Arrays.fill(online, true);
        }

        void play() {
            for (round = 0; round < ROUNDS; round++) {
                int w = random.nextInt(writers.size());
                int dice = random.nextInt(100);
                if (dice < 30) {
                    edit(writers.get(w));
                } else if (dice < 38) {
                    writers.get(w).undo();
                } else if (dice < 60) {
                    push(w, true);
                } else if (dice < 92) {
                    deliver(w, 1 + random.nextInt(8));
                } else if (dice < 96) {
                    online[w] = false;
                    inboxes.get(w).clear();
                } else {
                    reconnect(w);
                }
                checkAgainstAuthority(writers.get(w));
            }
            settle();
            for (var writer : writers) {
                assertThat(writer.text()).as(context(writer)).isEqualTo(authority.text());
                assertThat(writer.sendableUpdates()).as(context(writer)).isEmpty();
                assertThat(writer.syncedVersion()).as(context(writer)).isEqualTo(authority.version());
            }
        }

        private void edit(SimulatedWriter writer) {
            int length = writer.text().length();
            int from = random.nextInt(length + 1);
            int to = random.nextInt(3) == 0 ? from : Math.min(length, from + random.nextInt(8));
            var insert = random.nextInt(4) == 0 ? "" : SNIPPETS[random.nextInt(SNIPPETS.length)];
            writer.edit(from, to, insert);
        }

        /** A push may be lost on the way ({@code flaky}); a stale one is refused or rebased by the authority. */
        private void push(int w, boolean flaky) {
            var writer = writers.get(w);
            if (!online[w] || writer.sendableUpdates().isEmpty() || flaky && random.nextInt(5) == 0) {
                return;
            }
            int before = authority.version();
            if (authority.push(writer.syncedVersion(), writer.sendableUpdates())) {
                for (int i = 0; i < writers.size(); i++) {
                    if (online[i]) {
                        for (int v = before; v < authority.version(); v++) {
                            inboxes.get(i).add(v);
                        }
                    }
                }
            }
        }

        private void deliver(int w, int count) {
            var inbox = inboxes.get(w);
            var writer = writers.get(w);
            int n = Math.min(count, inbox.size());
            if (n == 0) {
                return;
            }
            int from = inbox.peekFirst();
            assertThat(from).as(context(writer)).isEqualTo(writer.syncedVersion());
            for (int i = 0; i < n; i++) {
                inbox.removeFirst();
            }
            if (authority.rebasing) {
                // As the browser editor does: the authority's rebase mirrors receiving one step at a time.
                for (var update : authority.range(from, from + n)) {
                    writer.receiveUpdates(List.of(update));
                }
            } else {
                writer.receiveUpdates(authority.range(from, from + n));
            }
        }

        /** Back online: the authority resends everything after the writer's synced version. */
        private void reconnect(int w) {
            online[w] = true;
            var inbox = inboxes.get(w);
            inbox.clear();
            for (int v = writers.get(w).syncedVersion(); v < authority.version(); v++) {
                inbox.add(v);
            }
        }

        private void settle() {
            for (int w = 0; w < writers.size(); w++) {
                reconnect(w);
            }
            for (int pass = 0; pass < 100 && !quiet(); pass++) {
                for (int w = 0; w < writers.size(); w++) {
                    deliver(w, Integer.MAX_VALUE);
                    push(w, false);
                    checkAgainstAuthority(writers.get(w));
                }
            }
        }

        private boolean quiet() {
            return writers.stream().allMatch(writer -> writer.sendableUpdates().isEmpty())
                    && inboxes.stream().allMatch(ArrayDeque::isEmpty);
        }

        /** collab's invariant: the text is the confirmed text plus the unconfirmed updates. */
        private void checkAgainstAuthority(SimulatedWriter writer) {
            var expected = authority.textAt(writer.syncedVersion());
            for (var update : writer.sendableUpdates()) {
                expected = update.changes().apply(expected);
            }
            assertThat(writer.text()).as(context(writer)).isEqualTo(expected);
        }

        private String context(SimulatedWriter writer) {
            return "seed " + seed + ", round " + round + ", writer " + writer.clientId();
        }
    }
}
