package org.filmfactory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code deploy/smoke-test.sh} against the jar this build just packaged: two nodes from
 * {@code deploy/run-cluster.sh} on one PostgreSQL behind nginx with {@code deploy/nginx} — sticky sessions, the
 * push websocket upgrade, a two-member cluster and failover. Needs nginx and PostgreSQL from Debian; on CI their
 * absence fails the build, elsewhere it skips.
 */
class DeploySmokeIT {

    @Test
    void clusterScriptsAndNginxConfigRunTwoNodes() throws Exception {
        var jar = packagedJar();
        var missing = Stream.of("/usr/sbin/nginx", "/usr/bin/curl").filter(p -> !new File(p).canExecute()).toList();
        var noPostgres = !new File("/usr/lib/postgresql").isDirectory()
                && System.getenv("FILMFACTORY_TEST_POSTGRES_URL") == null;
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(missing.isEmpty() && !noPostgres,
                    "deploy smoke test needs nginx, curl and PostgreSQL (apt-get install nginx curl postgresql)");
        }
        assertThat(missing).as("tools the deploy smoke test needs").isEmpty();

        var log = Path.of("target/deploy-smoke.log");
        var command = new ProcessBuilder("bash", "deploy/smoke-test.sh", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        var env = command.environment();
        if (System.getenv("FILMFACTORY_TEST_POSTGRES_URL") != null) {
            env.put("FF_PG_URL", System.getenv("FILMFACTORY_TEST_POSTGRES_URL"));
            env.put("FF_PG_USER", System.getenv().getOrDefault("FILMFACTORY_TEST_POSTGRES_USER", "postgres"));
            env.put("FF_PG_PASSWORD", System.getenv().getOrDefault("FILMFACTORY_TEST_POSTGRES_PASSWORD", ""));
        }
        env.put("JAVA_HOME", System.getProperty("java.home"));
        var process = command.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        var output = Files.readString(log);
        assertThat(output).as("deploy smoke test output (target/deploy-smoke.log)")
                .containsPattern("smoke: [1-9][0-9]* passed, 0 failed");
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static Path packagedJar() throws Exception {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("film-factory-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("run after 'package': no jar in target"));
        }
    }
}
