package org.filmfactory.screenplay;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.collab.Subscription;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.FreePorts;
import org.filmfactory.testsupport.StudioNodes;

/**
 * Keystroke latency as people meet it: two nodes behind nginx ({@code deploy/nginx}, generated for free ports),
 * three browsers — A and C on node 1, B on node 2 — and A typing at a writer's pace (9 keys a second by default).
 * For every key: pressed in A → shown in B and in C (median, p90, p99, max), and where the time went:
 * <ol>
 * <li>key → A calls push (the editor's batching and its wait for the previous push's confirmation; the part up to
 * the editor's change is CodeMirror's),</li>
 * <li>push → its request is sent (a fetch at once; when typing goes through Vaadin instead, its client sends calls
 * in a timer task, which Chromium runs after the next frame),</li>
 * <li>push → node 1 hands the accepted step to its listeners (request through nginx, Vaadin, the script log),</li>
 * <li>node 1 → node 2 (the Hazelcast topic),</li>
 * <li>node → the browser's editor is handed the step (ui.access, push over the websocket, Vaadin's client),</li>
 * <li>handed → shown (CodeMirror applies and draws it).</li>
 * </ol>
 * Run by {@code bench/co-editing-browser-bench.sh nginx}; on a 3-scene and a 150-scene script. Nothing is asserted.
 */
final class KeystrokeThroughNginxBench {

    /**
     * Records the moments the pages see: websocket messages, requests (Vaadin's calls go as XMLHttpRequests, the
     * editor's typing as fetches), and the editor's push and receive calls.
     */
    private static final String PAGE_PROBE = """
            (() => {
              window.__ws = [];
              window.__xhr = [];
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) {
                const entry = {sent: performance.timeOrigin + performance.now(), done: 0};
                window.__xhr.push(entry);
                this.addEventListener('loadend', () => entry.done = performance.timeOrigin + performance.now());
                return send.apply(this, args);
              };
              const nativeFetch = window.fetch;
              window.fetch = function (...args) {
                const entry = {sent: performance.timeOrigin + performance.now(), done: 0};
                window.__xhr.push(entry);
                const finish = () => entry.done = performance.timeOrigin + performance.now();
                return nativeFetch.apply(this, args).then((r) => { finish(); return r; }, (e) => { finish(); throw e; });
              };
              const Native = window.WebSocket;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', () => window.__ws.push(performance.timeOrigin + performance.now()));
                }
              };
            })();
            """;

    private static final String TYPED_LINE = "SHARED: ";

    private final StudioNodes nodes;
    private final Chromium chromium;
    private final String base;
    private final ProjectId project;
    private final Actor writerA;
    private final Actor writerB;
    private final Actor writerC;

    private KeystrokeThroughNginxBench(StudioNodes nodes, Chromium chromium, String base, int scenes) {
        this.nodes = nodes;
        this.chromium = chromium;
        this.base = base;
        var owner = Actors.create(nodes.node(0), "Olga Owner").signIn();
        project = nodes.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Bench " + scenes, "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        for (int attempt = 1; ; attempt++) {
            try {
                nodes.node(0).getBean(ScriptEditing.class).save(project, 0, script(scenes));
                break;
            } catch (ScriptChangedMeanwhile raced) {
                // A new script may be released from the cluster between loading and saving on a slow machine.
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
        writerA = owner.bringOnto(project, ProjectRole.WRITER, "Ada Writer");
        writerB = owner.bringOnto(project, ProjectRole.WRITER, "Bo Writer");
        writerC = owner.bringOnto(project, ProjectRole.WRITER, "Cy Writer");
        Actors.signOut();
    }

    /** A script of {@code scenes} scenes, about 800 bytes each (150 scenes: about 120 KB); A types on line 3. */
    static String script(int scenes) {
        var text = new StringBuilder("INT. CAFE - DAY\n\n" + TYPED_LINE + "\n\nMAYA\nCoffee. Black.\n");
        for (int scene = 2; scene <= scenes; scene++) {
            text.append("\nEXT. ROOFTOP ").append(scene).append(" - NIGHT\n\n");
            for (int beat = 0; beat < 4; beat++) {
                text.append("Rain on the window. Maya counts the seconds between thunder and light.\n\n")
                        .append("MAYA\nWe leave when it stops. Not a minute before.\n\n");
            }
        }
        return text.toString();
    }

    static void run(List<Integer> sceneCounts, int keystrokes, double keysPerSecond) throws Exception {
        for (int scenes : sceneCounts) {
            var prefix = Files.createTempDirectory("ff-bench-nginx");
            // nginx's workers may run as another user: they must reach its temporary files.
            Files.setPosixFilePermissions(prefix, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            try (var nodes = new StudioNodes(2).start("--logging.level.root=WARN"); var chromium = new Chromium()) {
                int port = FreePorts.next();
                System.out.println("nginx prefix (access log with request times): " + prefix);
                var nginx = startNginx(prefix, nodes.url(0), nodes.url(1), port);
                try {
                    var bench = new KeystrokeThroughNginxBench(nodes, chromium, "http://127.0.0.1:" + port + "/",
                            scenes);
                    bench.measure(scenes, keystrokes, keysPerSecond);
                } finally {
                    nginx.destroy();
                    nginx.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static Process startNginx(Path prefix, String node1, String node2, int port) throws Exception {
        var upstreams = hostPort(node1) + "," + hostPort(node2);
        var render = new ProcessBuilder("bash", "deploy/nginx/render-conf.sh", upstreams, "-", "127.0.0.1:" + port,
                prefix.toString()).redirectErrorStream(true).start();
        var out = new String(render.getInputStream().readAllBytes()).strip();
        if (render.waitFor() != 0) {
            throw new IllegalStateException("render-conf.sh failed: " + out);
        }
        var nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", prefix.toString(), "-c", out, "-e", "stderr",
                "-g", "daemon off;").redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return nginx;
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        nginx.destroy();
        throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("nginx.out")));
    }

    private static String hostPort(String url) {
        return url.replaceFirst("^http://", "").replaceFirst("/$", "");
    }

    void measure(int scenes, int keystrokes, double keysPerSecond) throws Exception {
        var a = open(writerA, "node-1");
        var c = open(writerC, "node-1");
        var b = open(writerB, "node-2");
        // Server side: when each node hands an accepted revision to its listeners.
        var handed = List.of(new ConcurrentHashMap<Long, Double>(), new ConcurrentHashMap<Long, Double>());
        var subscriptions = new ArrayList<Subscription>();
        for (int node = 0; node < 2; node++) {
            var seen = handed.get(node);
            subscriptions.add(nodes.node(node).getBean(ProjectFeed.class).subscribe(project, update -> {
                if (update instanceof LiveUpdate.ScriptStepsAccepted steps) {
                    double now = epochMillis();
                    for (int i = 0; i < steps.steps().size(); i++) {
                        seen.putIfAbsent(steps.fromRevision() + 1 + i, now);
                    }
                }
            }));
        }
        long startRevision = ((Number) a.evaluate("() => document.querySelector('ff-script-editor').version"))
                .longValue();
        for (var receiver : List.of(b, c)) {
            receiver.evaluate("line => { const e = document.querySelector('ff-script-editor');"
                    + " window.__shown = []; window.__handed = {}; window.__arrived = {};"
                    + " const receive = e.receive.bind(e);"
                    + " e.receive = (from, json) => { const t = performance.timeOrigin + performance.now();"
                    + "   const ws = window.__ws.length ? window.__ws[window.__ws.length - 1] : t;"
                    + "   let n = 0; try { n = JSON.parse(json).length; } catch (x) {}"
                    + "   for (let i = 1; i <= n; i++) { const r = Number(from) + i;"
                    + "     if (!(r in window.__handed)) { window.__handed[r] = t; window.__arrived[r] = ws; } }"
                    + "   receive(from, json); };"
                    + " const content = e.querySelector('.cm-content');"
                    + " const count = () => { for (const l of content.children)"
                    + "   if (l.textContent.startsWith(line)) return l.textContent.length - line.length; return 0; };"
                    + " new MutationObserver(() => { const n = count(); const t = performance.timeOrigin + performance.now();"
                    + "   while (window.__shown.length < n) window.__shown.push(t); })"
                    + " .observe(content, {subtree: true, childList: true, characterData: true}); }", TYPED_LINE);
        }
        a.locator("ff-script-editor .cm-line").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(TYPED_LINE.strip())).first().click();
        a.keyboard().press("End");
        a.evaluate("() => { const e = document.querySelector('ff-script-editor'); window.__typed = []; window.__pushes = [];"
                + " e.addEventListener('keydown', () => window.__typed.push(performance.timeOrigin + performance.now()), true);"
                + " window.__edited = []; const edited = e.sync.edited.bind(e.sync);"
                + " e.sync.edited = () => { window.__edited.push(performance.timeOrigin + performance.now()); edited(); };"
                + " const server = e.sync.host.server; const push = server.push;"
                + " server.push = (version, json) => { window.__pushes.push({t: performance.timeOrigin + performance.now(),"
                + "   version: Number(version), count: JSON.parse(json).length}); return push(version, json); }; }");
        // The nodes' processor time per key (both run in this JVM): a figure the machine's other load does not move.
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long interval = Math.round(1_000_000_000 / keysPerSecond);
        long start = System.nanoTime();
        for (int i = 0; i < keystrokes; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            a.keyboard().type(String.valueOf(CoEditingBrowserBench.LETTERS.charAt(i % CoEditingBrowserBench.LETTERS.length())));
        }
        for (var receiver : List.of(b, c)) {
            receiver.waitForCondition(() -> ((Number) receiver.evaluate("() => window.__shown.length")).intValue()
                    >= keystrokes, new Page.WaitForConditionOptions().setTimeout(120_000));
        }
        double cpuPerKey = (os.getProcessCpuTime() - cpuBefore) / 1e6 / keystrokes;
        subscriptions.forEach(Subscription::close);
        var typed = numbers(a.evaluate("() => window.__typed"));
        var edited = numbers(a.evaluate("() => window.__edited"));
        var keyToEdit = new ArrayList<Double>();
        for (int k = 0; k < Math.min(typed.size(), edited.size()); k++) {
            keyToEdit.add(edited.get(k) - typed.get(k));
        }
        @SuppressWarnings("unchecked")
        var pushes = (List<Map<String, Object>>) a.evaluate("() => window.__pushes");
        var pushedAt = new double[keystrokes];
        for (var push : pushes) {
            int first = (int) (((Number) push.get("version")).longValue() - startRevision);
            int count = ((Number) push.get("count")).intValue();
            for (int k = Math.max(0, first); k < Math.min(keystrokes, first + count); k++) {
                if (pushedAt[k] == 0) {
                    pushedAt[k] = ((Number) push.get("t")).doubleValue();
                }
            }
        }
        // How long a push waited for its request to go (Vaadin sends one call at a time, from a timer), and how long
        // that took.
        @SuppressWarnings("unchecked")
        var requests = (List<Map<String, Object>>) a.evaluate("() => window.__xhr");
        var queued = new ArrayList<Double>();
        var roundTrip = new ArrayList<Double>();
        for (var push : pushes) {
            double at = ((Number) push.get("t")).doubleValue();
            requests.stream().filter(r -> ((Number) r.get("sent")).doubleValue() >= at - 0.5).findFirst()
                    .ifPresent(r -> {
                        queued.add(((Number) r.get("sent")).doubleValue() - at);
                        roundTrip.add(((Number) r.get("done")).doubleValue() - ((Number) r.get("sent")).doubleValue());
                    });
        }
        CoEditingBrowserBench.record(String.format(Locale.ROOT, "nginx, A's pushes: %d for %d keys, %d requests;"
                + " key->editor's change %s, push->request sent %s, request round trip %s; nodes' processor time"
                + " %.1f ms per key (load average %.1f)", pushes.size(), keystrokes, requests.size(), quick(keyToEdit),
                quick(queued), quick(roundTrip),
                cpuPerKey, os.getSystemLoadAverage()));
        var label = String.format(Locale.ROOT, "%d-scene script (%d KB), %d keys at %.0f keys/s", scenes,
                script(scenes).length() / 1024, keystrokes, keysPerSecond);
        for (var who : List.of(Map.entry("B (node 2)", b), Map.entry("C (node 1)", c))) {
            var page = who.getValue();
            var shown = numbers(page.evaluate("() => window.__shown"));
            var handedIn = revisionTimes(page.evaluate("() => window.__handed"));
            var arrivedIn = revisionTimes(page.evaluate("() => window.__arrived"));
            var node = handed.get(who.getKey().startsWith("B") ? 1 : 0);
            var total = new ArrayList<Double>();
            var batching = new ArrayList<Double>();
            var toServer = new ArrayList<Double>();
            var topic = new ArrayList<Double>();
            var toBrowser = new ArrayList<Double>();
            var inBrowser = new ArrayList<Double>();
            var apply = new ArrayList<Double>();
            for (int k = 0; k < keystrokes; k++) {
                long revision = startRevision + k + 1;
                total.add(shown.get(k) - typed.get(k));
                batching.add(pushedAt[k] - typed.get(k));
                var n1 = handed.get(0).get(revision);
                var here = node.get(revision);
                if (n1 != null) {
                    toServer.add(n1 - pushedAt[k]);
                }
                if (n1 != null && here != null) {
                    topic.add(here - n1);
                }
                var arrived = arrivedIn.get(revision);
                var given = handedIn.get(revision);
                if (here != null && arrived != null) {
                    toBrowser.add(arrived - here);
                }
                if (arrived != null && given != null) {
                    inBrowser.add(given - arrived);
                }
                if (given != null) {
                    apply.add(shown.get(k) - given);
                }
            }
            CoEditingBrowserBench.record(String.format(Locale.ROOT,
                    "nginx, A (node 1) -> %s, %s: %s; stages (median/p90): key->push %s, push->node 1 %s,"
                            + " node 1->this node %s, node->websocket message %s, message->editor %s, editor->shown %s",
                    who.getKey(), label, figures(total), quick(batching), quick(toServer), quick(topic),
                    quick(toBrowser), quick(inBrowser), quick(apply)));
        }
    }

    private Page open(Actor actor, String node) {
        var page = chromium.newUser();
        page.context().addInitScript(PAGE_PROBE);
        page.context().addCookies(List.of(new Cookie("ff_route", node).setUrl(base)));
        Chromium.signIn(page, base, actor.email(), Actors.PASSWORD);
        var answeredBy = page.request().get(base + "actuator/health").headers().get("x-filmfactory-node");
        if (!node.equals(answeredBy)) {
            throw new IllegalStateException(actor.name() + " should be on " + node + " but is on " + answeredBy);
        }
        page.navigate(base + "projects/" + project + "/script");
        page.locator("ff-script-editor .cm-content").waitFor();
        page.waitForCondition(() -> String.valueOf(page.evaluate(
                "() => document.querySelector('ff-script-editor').text")).startsWith("INT. "));
        return page;
    }

    private static double epochMillis() {
        var now = Instant.now();
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1_000_000.0;
    }

    @SuppressWarnings("unchecked")
    private static List<Double> numbers(Object list) {
        return ((List<Number>) list).stream().map(Number::doubleValue).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Double> revisionTimes(Object map) {
        var times = new java.util.HashMap<Long, Double>();
        ((Map<String, Number>) map).forEach((k, v) -> times.put(Long.parseLong(k), v.doubleValue()));
        return times;
    }

    private static String figures(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return String.format(Locale.ROOT, "n=%d median %.1f ms, p90 %.1f, p99 %.1f, max %.1f", n, sorted.get(n / 2),
                sorted.get((int) (n * 0.9)), sorted.get((int) (n * 0.99)), sorted.getLast());
    }

    private static String quick(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return String.format(Locale.ROOT, "%.1f/%.1f", sorted.get(n / 2), sorted.get((int) (n * 0.9)));
    }
}
