package org.filmfactory.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No test fixes a port: two builds on one host run their tests at the same time, and a fixed Hazelcast, HTTP or
 * SMTP port makes one of them fail (or join the other's cluster). Servers bind port 0 and report what they got
 * ({@code --server.port=0}, {@code filmfactory.cluster.port=0}); what must know its port up front takes
 * {@link FreePorts#next()}.
 *
 * <p>The check reads the test sources (comments left out) and the test resources' properties for a literal port:
 * an assignment or argument named like a port with a number other than 0, a loopback address with a port, and a
 * number in the port place of the constructors that take one.
 */
class NoFixedPortsTest {

    private static final Path SOURCES = Path.of("src", "test", "java");
    private static final Path RESOURCES = Path.of("src", "test", "resources");
    /** This check's own examples of what it refuses. */
    private static final Path SELF = SOURCES.resolve("org/filmfactory/testsupport/NoFixedPortsTest.java");

    private static final String DIGITS = "[1-9]\\d{1,4}";
    /** A port number, not the start of an address such as 127.0.0.1. */
    private static final String NUMBER = DIGITS + "(?![\\w.])";
    /** "port" as a word or a camel-case part: port, Port, PORT, but not report, import or viewport. */
    private static final String PORT = "((?<![a-z])port|Port|PORT)";
    private static final List<Pattern> IN_SOURCES = List.of(
            // server.port=8080, "--filmfactory.cluster.port=5901", SMTP_PORT = 3961, ("...port", () -> "5911")
            Pattern.compile(PORT + "\\w*\"?\\s*(=|,\\s*(\\(\\)\\s*->\\s*)?)\\s*\"?" + NUMBER),
            // setPort(5701), withPort(3025)
            Pattern.compile(PORT + "\\(\\s*" + NUMBER),
            // 127.0.0.1:5901, localhost:8080
            Pattern.compile("(127\\.0\\.0\\.1|localhost|0\\.0\\.0\\.0|\\[::1]):" + NUMBER),
            // new StudioNodes(2, 5921), new ServerSetup(3961, ...), new ServerSocket(8080)
            Pattern.compile("new (StudioNodes\\(\\s*\\d+\\s*,|ServerSetup\\(|ServerSocket\\("
                    + "|InetSocketAddress\\(\"[^\"]*\",)\\s*" + NUMBER));
    private static final Pattern PROPERTY = Pattern.compile("^\\s*([\\w.\\[\\]-]+)\\s*[=:]\\s*(.*)$");
    private static final Pattern ADDRESS = IN_SOURCES.get(2);

    @Test
    void noTestSourceOrResourceFixesAPort() throws IOException {
        var found = new ArrayList<String>();
        try (var files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(SELF)).toList()) {
                found.addAll(fixedPortsInSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        try (var files = Files.walk(RESOURCES)) {
            for (var file : files.filter(f -> f.toString().matches(".*\\.(properties|ya?ml)$")).toList()) {
                found.addAll(fixedPortsInProperties(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).as("fixed ports in tests: bind port 0 or use FreePorts.next()").isEmpty();
    }

    @Test
    void findsThePortsTestsUsedToFix() {
        assertThat(fixedPortsInProperties("application-test.properties", """
                # the cluster
                filmfactory.cluster.port=5901
                filmfactory.cluster.members=127.0.0.1:5901
                spring.mail.port: 3025
                server.port=0
                filmfactory.cluster.port=0
                filmfactory.cluster.members=
                spring.datasource.url=jdbc:h2:mem:ff-${random.uuid};MODE=PostgreSQL
                """)).containsExactly(
                "application-test.properties:2: filmfactory.cluster.port=5901",
                "application-test.properties:3: filmfactory.cluster.members=127.0.0.1:5901",
                "application-test.properties:4: spring.mail.port: 3025");
        assertThat(fixedPortsInSource("Example.java", """
                class Example {
                    /** Like {@code new StudioNodes(2, 5921)}, but free: */
                    StudioNodes nodes = new StudioNodes(2, 5921);
                    StudioNodes fine = new StudioNodes(2);
                    static final int SMTP_PORT = 3961;
                    static final int SMTP_PORT_FREE = FreePorts.next();
                    ServerSetup smtp = new ServerSetup(3961, "127.0.0.1", "smtp");
                    ServerSetup free = new ServerSetup(SMTP_PORT_FREE, "127.0.0.1", "smtp");
                    void properties(DynamicPropertyRegistry registry) {
                        registry.add("filmfactory.cluster.port", () -> "5911"); // a comment: port=1234
                        registry.add("filmfactory.cluster.port", () -> "0");
                        args.add("--server.port=8080");
                        args.add("--server.port=0");
                        config.getNetworkConfig().setPort(5701);
                        page.setViewportSize(1280, 900);
                        int reports = 12, imports = 40;
                        var text = "scene 1200, page 12";
                    }
                }
                """)).containsExactly(
                "Example.java:3: StudioNodes nodes = new StudioNodes(2, 5921);",
                "Example.java:5: static final int SMTP_PORT = 3961;",
                "Example.java:7: ServerSetup smtp = new ServerSetup(3961, \"127.0.0.1\", \"smtp\");",
                "Example.java:10: registry.add(\"filmfactory.cluster.port\", () -> \"5911\");",
                "Example.java:12: args.add(\"--server.port=8080\");",
                "Example.java:14: config.getNetworkConfig().setPort(5701);");
    }

    static List<String> fixedPortsInSource(String name, String source) {
        var found = new ArrayList<String>();
        var lines = withoutComments(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            if (IN_SOURCES.stream().anyMatch(p -> p.matcher(line).find())) {
                found.add(name + ":" + (i + 1) + ": " + line.strip());
            }
        }
        return found;
    }

    static List<String> fixedPortsInProperties(String name, String text) {
        var found = new ArrayList<String>();
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var property = PROPERTY.matcher(lines[i]);
            if (lines[i].strip().startsWith("#") || !property.matches()) {
                continue;
            }
            var key = property.group(1).toLowerCase(java.util.Locale.ROOT);
            var value = property.group(2).strip();
            if ((key.endsWith("port") && value.matches(DIGITS))
                    || ADDRESS.matcher(value).find()) {
                found.add(name + ":" + (i + 1) + ": " + lines[i].strip());
            }
        }
        return found;
    }

    /** The source with comments blanked out, line breaks kept so line numbers stay; string literals untouched. */
    static String withoutComments(String source) {
        var out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

}
