package org.filmfactory;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed bundles (src/main/bundles) are what users run, so that building needs no Node.js: they must match the
 * frontend sources and the npm versions of the {@code @NpmPackage} annotations. Vaadin records in the bundle's
 * {@code config/stats.json} a SHA-256 of each frontend file it bundled (text with CRLF read as LF, as
 * {@code BundleValidationUtil.calculateHash} does) and the npm versions; this test recomputes both, so a change
 * without a rebuilt bundle fails here with a clear message instead of at the next build on a machine with Node.js.
 */
class FrontendBundleTest {

    private static final Path FRONTEND = Path.of("frontend");
    private static final Set<String> BUNDLED_EXTENSIONS = Set.of("ts", "tsx", "js", "css", "html");
    private static final String REBUILD = ": rebuild with Node ≥ 24 (README)";

    @ParameterizedTest
    @ValueSource(strings = {"prod.bundle", "dev.bundle"})
    void bundleWasBuiltFromTheCurrentFrontendSources(String bundle) throws IOException {
        var hashes = stats(bundle).get("frontendHashes");
        var problems = new ArrayList<String>();
        for (var file : frontendSources()) {
            var name = FRONTEND.relativize(file).toString().replace('\\', '/');
            var recorded = hashes.get(name);
            if (recorded == null) {
                problems.add("frontend/" + name + " is not in src/main/bundles/" + bundle + REBUILD);
            } else if (!recorded.asString().equals(hash(file))) {
                problems.add("frontend/" + name + " changed since the bundle was built" + REBUILD);
            }
        }
        assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod.bundle", "dev.bundle"})
    void bundleHasTheNpmVersionsOfTheNpmPackageAnnotations(String bundle) throws IOException {
        var bundled = stats(bundle).get("packageJsonDependencies");
        var problems = new ArrayList<String>();
        npmPackages().forEach((name, version) -> {
            var inBundle = bundled.has(name) ? bundled.get(name).asString() : "missing";
            if (!inBundle.equals(version)) {
                problems.add(name + " is " + version + " in @NpmPackage but " + inBundle + " in src/main/bundles/"
                        + bundle + REBUILD);
            }
        });
        assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
    }

    private static JsonNode stats(String bundle) throws IOException {
        try (var zip = new ZipFile(Path.of("src/main/bundles", bundle).toFile())) {
            var entry = zip.getEntry("config/stats.json");
            assertThat(entry).as("config/stats.json in " + bundle).isNotNull();
            try (var in = zip.getInputStream(entry)) {
                return JsonMapper.builder().build().readTree(in);
            }
        }
    }

    /** Files under frontend/ that Vite bundles, except what Vaadin generates there. */
    private static List<Path> frontendSources() throws IOException {
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(FRONTEND.resolve("generated")))
                    .filter(f -> BUNDLED_EXTENSIONS.contains(extension(f)))
                    .sorted()
                    .toList();
        }
    }

    private static String extension(Path file) {
        var name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String hash(Path file) {
        try {
            var text = Files.readString(file).replace("\r\n", "\n");
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code @NpmPackage} declared on the studio's classes (target/classes), name to version. */
    private static Map<String, String> npmPackages() throws IOException {
        var classes = Path.of("target/classes");
        var packages = new TreeMap<String, String>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
                for (var p : load(name.substring(0, name.length() - ".class".length()))
                        .getDeclaredAnnotationsByType(NpmPackage.class)) {
                    packages.put(p.value(), p.version());
                }
            }
        }
        assertThat(packages).as("@NpmPackage annotations in target/classes").isNotEmpty();
        return packages;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, FrontendBundleTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
