package org.filmfactory.screenplay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many editors on two nodes, typing, deleting and undoing at random with random pauses, pushing at random moments,
 * sometimes reloading: when everyone has settled, every editor shows the same text, and it is the server's.
 */
class CoEditingPropertyIT {

    static StudioNodes nodes;

    @BeforeAll
    static void start() {
        nodes = new StudioNodes(2).start();
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyEditorConvergesOnTheServersText(long seed) throws Exception {
        var owner = Actors.create(nodes.node(0), "Olga Owner " + seed).signIn();
        var project = nodes.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Property " + seed, "", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
        nodes.node(0).getBean(ScriptEditing.class).save(project, 0, "内景 咖啡馆 - 日\n\nRain.\n");
        int writers = 6;
        var crew = new ArrayList<Actors.Actor>();
        for (int i = 0; i < writers; i++) {
            crew.add(owner.bringOnto(project, ProjectRole.WRITER, "Writer " + seed + "-" + i));
        }
        var pool = Executors.newFixedThreadPool(writers);
        var clients = new ArrayList<ProtocolClient>();
        var work = new ArrayList<Callable<Void>>();
        for (int i = 0; i < writers; i++) {
            var actor = crew.get(i);
            var random = new Random(seed * 1000 + i);
            var node = nodes.node(i % 2).getBean(ScriptEditing.class);
            int index = i;
            work.add(() -> {
                actor.signIn();
                var client = new ProtocolClient(node, project, "w" + index);
                synchronized (clients) {
                    clients.add(client);
                }
                type(client, random, 150);
                client.settle();
                return null;
            });
        }
        try {
            for (var future : pool.invokeAll(work, 3, TimeUnit.MINUTES)) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // Everyone settled; catch up once more with what the others sent after each one's last look.
        for (int i = 0; i < writers; i++) {
            crew.get(i).signIn();
            clients.get(i).catchUp();
        }
        owner.signIn();
        var server = nodes.node(1).getBean(ScriptEditing.class).open(project);
        for (var client : clients) {
            assertThat(client.writer().sendableUpdates()).isEmpty();
            assertThat(client.writer().syncedVersion()).isEqualTo(server.revision());
            assertThat(client.writer().text()).as(() -> difference(client.writer().text(), server.text()))
                    .isEqualTo(server.text());
        }
        assertThat(server.revision()).isGreaterThan(writers * 20L);
    }

    private static int whole(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    /** Where two texts part, with code units escaped (a lone surrogate is legal here but unprintable). */
    private static String difference(String mine, String server) {
        int i = 0;
        while (i < Math.min(mine.length(), server.length()) && mine.charAt(i) == server.charAt(i)) {
            i++;
        }
        return "lengths " + mine.length() + "/" + server.length() + ", first difference at " + i + ": client "
                + escaped(mine, i) + " server " + escaped(server, i);
    }

    private static String escaped(String text, int at) {
        var out = new StringBuilder();
        for (int k = Math.max(0, at - 5); k < Math.min(text.length(), at + 10); k++) {
            out.append(String.format("\\u%04x", (int) text.charAt(k)));
        }
        return out.toString();
    }

    private static final List<String> WORDS = List.of("a", "雨", "🎬", " ", "\n", "INT. ", "MAYA\n", "说", "é");

    /** Random typing with random pushes, catch-ups, undos and reloads. */
    private static void type(ProtocolClient client, Random random, int actions) throws InterruptedException {
        for (int n = 0; n < actions; n++) {
            var writer = client.writer();
            var text = writer.text();
            int length = text.length();
            int roll = random.nextInt(100);
            // Positions as an editor gives them: never between the halves of an emoji.
            int from = whole(text, random.nextInt(length + 1));
            int to = whole(text, Math.min(length, from + 1 + random.nextInt(4)));
            if (roll < 55) {
                writer.edit(from, from, WORDS.get(random.nextInt(WORDS.size())));
            } else if (roll < 75 && length > 0) {
                writer.edit(from, to, "");
            } else if (roll < 85 && length > 0) {
                writer.edit(from, to, WORDS.get(random.nextInt(3)));
            } else if (roll < 93) {
                writer.undo();
            } else if (roll < 95) {
                client.settle();
                client.reconnect();
            }
            if (random.nextInt(4) == 0) {
                client.push();
            }
            if (random.nextInt(3) == 0 && !client.catchUp()) {
                client.reconnect();
            }
            if (random.nextInt(10) == 0) {
                Thread.sleep(random.nextInt(4));
            }
        }
    }
}
