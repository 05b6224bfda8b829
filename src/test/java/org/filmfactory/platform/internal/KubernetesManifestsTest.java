package org.filmfactory.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.filmfactory.platform.ClusterSettings;
import org.filmfactory.platform.MediaSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifests under {@code deploy/kubernetes/}, checked without a cluster (issue 14): every YAML file
 * under {@code deploy/} parses; every Kubernetes object is a kind we know with the fields the API server requires
 * and the types it takes (a ConfigMap value must be a string, a port a number); and the objects fit together and
 * fit the application — selectors match the pods, Services and probes name ports the container has, the probes are
 * Actuator's on the web port, Hazelcast's DNS name is the headless Service's, the environment binds to the studio's
 * own settings, and a stopping pod has time to hand its jobs back and leave the cluster.
 */
class KubernetesManifestsTest {

    static final Path DEPLOY = Path.of("deploy");
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    /** The kinds the manifests use, by apiVersion, and the top-level fields each takes. */
    static final Map<String, Set<String>> KINDS = Map.of(
            "v1/Namespace", Set.of("apiVersion", "kind", "metadata", "spec"),
            "v1/ConfigMap", Set.of("apiVersion", "kind", "metadata", "data", "binaryData", "immutable"),
            "v1/Secret", Set.of("apiVersion", "kind", "metadata", "data", "stringData", "type", "immutable"),
            "v1/Service", Set.of("apiVersion", "kind", "metadata", "spec"),
            "apps/v1/StatefulSet", Set.of("apiVersion", "kind", "metadata", "spec"),
            "policy/v1/PodDisruptionBudget", Set.of("apiVersion", "kind", "metadata", "spec"),
            "networking.k8s.io/v1/NetworkPolicy", Set.of("apiVersion", "kind", "metadata", "spec"),
            "networking.k8s.io/v1/Ingress", Set.of("apiVersion", "kind", "metadata", "spec"));

    /** One object of one file. */
    record Manifest(Path file, Map<String, Object> object) {

        String kind() {
            return (String) object.get("kind");
        }

        String name() {
            return (String) map(object, "metadata").get("name");
        }

        @Override
        public String toString() {
            return file.getFileName() + ": " + kind() + " " + name();
        }
    }

    static List<Map<String, Object>> documents(Path file) throws IOException {
        var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        var documents = new ArrayList<Map<String, Object>>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : yaml.loadAll(in)) {
                if (document != null) {
                    assertThat(document).as("%s: a document is a mapping", file).isInstanceOf(Map.class);
                    documents.add(cast(document));
                }
            }
        }
        return documents;
    }

    static List<Manifest> manifests() throws IOException {
        var manifests = new ArrayList<Manifest>();
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (var object : documents(file)) {
                    manifests.add(new Manifest(file, object));
                }
            }
        }
        return manifests;
    }

    static Manifest only(List<Manifest> manifests, String kind, String name) {
        var found = manifests.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).toList();
        assertThat(found).as("%s %s", kind, name).hasSize(1);
        return found.getFirst();
    }

    static List<Manifest> all(List<Manifest> manifests, String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        var value = parent.get(key);
        assertThat(value).as("%s is a mapping", key).isInstanceOf(Map.class);
        return cast(value);
    }

    static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        var value = parent.get(key);
        assertThat(value).as("%s is a list", key).isInstanceOf(List.class);
        return cast(value);
    }

    static Map<String, Object> podSpec(Manifest statefulSet) {
        return map(map(map(statefulSet.object(), "spec"), "template"), "spec");
    }

    static Map<String, Object> container(Manifest statefulSet) {
        var containers = list(podSpec(statefulSet), "containers");
        assertThat(containers).hasSize(1);
        return containers.getFirst();
    }

    static Map<String, Integer> containerPorts(Manifest statefulSet) {
        var ports = new LinkedHashMap<String, Integer>();
        for (var port : list(container(statefulSet), "ports")) {
            ports.put((String) port.get("name"), (Integer) port.get("containerPort"));
        }
        return ports;
    }

    static Map<String, String> podLabels(Manifest statefulSet) {
        return cast(map(map(map(statefulSet.object(), "spec"), "template"), "metadata").get("labels"));
    }

    static Properties applicationProperties() throws IOException {
        var properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    /** What a pod's container sees as its environment: the ConfigMap and Secret it loads, then its own env values. */
    static Map<String, Object> podEnvironment(List<Manifest> manifests) {
        var statefulSet = only(manifests, "StatefulSet", "filmfactory");
        var environment = new LinkedHashMap<String, Object>();
        for (var source : list(container(statefulSet), "envFrom")) {
            if (source.containsKey("configMapRef")) {
                var name = (String) map(source, "configMapRef").get("name");
                environment.putAll(map(only(manifests, "ConfigMap", name).object(), "data"));
            } else {
                var name = (String) map(source, "secretRef").get("name");
                environment.putAll(map(only(manifests, "Secret", name).object(), "stringData"));
            }
        }
        for (var variable : list(container(statefulSet), "env")) {
            if (variable.containsKey("value")) {
                environment.put((String) variable.get("name"), variable.get("value"));
            }
        }
        return environment;
    }

    @Test
    void everyYamlFileUnderDeployParses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DEPLOY)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                    .toList();
        }
        assertThat(files).contains(DEPLOY.resolve("compose.yaml"), KUBERNETES.resolve("30-statefulset.yaml"));
        for (var file : files) {
            assertThat(documents(file)).as("%s", file).isNotEmpty();
        }
    }

    @Test
    void everyObjectIsAKnownKindWithTheFieldsAndTypesTheApiServerTakes() throws IOException {
        var manifests = manifests();
        assertThat(manifests).extracting(Manifest::toString).containsExactly(
                "00-namespace.yaml: Namespace filmfactory",
                "10-config.yaml: ConfigMap filmfactory-config",
                "10-config.yaml: Secret filmfactory-secrets",
                "20-services.yaml: Service filmfactory-hazelcast",
                "20-services.yaml: Service filmfactory",
                "30-statefulset.yaml: StatefulSet filmfactory",
                "40-access.yaml: PodDisruptionBudget filmfactory",
                "40-access.yaml: NetworkPolicy filmfactory-hazelcast",
                "40-access.yaml: Ingress filmfactory");
        for (var manifest : manifests) {
            var object = manifest.object();
            var fields = KINDS.get(object.get("apiVersion") + "/" + manifest.kind());
            assertThat(fields).as("%s: a known apiVersion and kind", manifest).isNotNull();
            assertThat(fields).as("%s: top-level fields", manifest).containsAll(object.keySet());
            assertThat(manifest.name()).as("%s: name", manifest).matches(DNS_LABEL);
            if (!manifest.kind().equals("Namespace")) {
                assertThat(map(object, "metadata").get("namespace")).as("%s: namespace", manifest)
                        .isEqualTo("filmfactory");
            }
            for (var labels : List.of("labels", "annotations")) {
                var values = map(object, "metadata").get(labels);
                if (values != null) {
                    Map<String, Object> entries = cast(values);
                    assertThat(entries.values()).as("%s: %s are strings", manifest, labels)
                            .allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
                }
            }
        }
        for (var config : all(manifests, "ConfigMap")) {
            assertThat(map(config.object(), "data")).as("%s: keys are variable names, values strings", config)
                    .allSatisfy((key, value) -> {
                        assertThat(key).matches(ENV_NAME);
                        assertThat(value).isInstanceOf(String.class);
                    });
        }
        for (var secret : all(manifests, "Secret")) {
            assertThat(secret.object().get("type")).isEqualTo("Opaque");
            assertThat(map(secret.object(), "stringData")).allSatisfy((key, value) -> {
                assertThat(key).matches(ENV_NAME);
                assertThat(value).isInstanceOf(String.class);
            });
        }
        for (var service : all(manifests, "Service")) {
            for (var port : list(map(service.object(), "spec"), "ports")) {
                assertThat(port.get("name")).as("%s: port name", service).isInstanceOf(String.class);
                assertThat(port.get("port")).as("%s: port", service).isInstanceOf(Integer.class);
                assertThat((Integer) port.get("port")).isBetween(1, 65535);
            }
        }
        var statefulSet = only(manifests, "StatefulSet", "filmfactory");
        var spec = map(statefulSet.object(), "spec");
        assertThat(spec.keySet()).containsAll(List.of("selector", "template", "serviceName"));
        assertThat(spec.get("replicas")).isInstanceOf(Integer.class);
        var container = container(statefulSet);
        assertThat(container.get("name")).isEqualTo("filmfactory");
        assertThat(container.get("image")).isInstanceOf(String.class);
        for (var port : list(container, "ports")) {
            assertThat(port.get("containerPort")).isInstanceOf(Integer.class);
            assertThat((String) port.get("name")).hasSizeLessThanOrEqualTo(15).matches(DNS_LABEL);
        }
        for (var variable : list(container, "env")) {
            assertThat((String) variable.get("name")).matches(ENV_NAME);
            assertThat(variable.containsKey("value") ^ variable.containsKey("valueFrom"))
                    .as("%s: value or valueFrom", variable.get("name")).isTrue();
            if (variable.containsKey("value")) {
                assertThat(variable.get("value")).as("%s", variable.get("name")).isInstanceOf(String.class);
            }
        }
        assertThat(podSpec(statefulSet).get("terminationGracePeriodSeconds")).isInstanceOf(Integer.class);
    }

    @Test
    void selectorsAndPortNamesMatchThePods() throws IOException {
        var manifests = manifests();
        var statefulSet = only(manifests, "StatefulSet", "filmfactory");
        var labels = podLabels(statefulSet);
        var ports = containerPorts(statefulSet);

        Map<String, String> selector = cast(map(map(statefulSet.object(), "spec"), "selector").get("matchLabels"));
        assertThat(labels).containsAllEntriesOf(selector);
        for (var service : all(manifests, "Service")) {
            Map<String, String> chosen = cast(map(service.object(), "spec").get("selector"));
            assertThat(labels).as("%s selects the pods", service).containsAllEntriesOf(chosen);
            for (var port : list(map(service.object(), "spec"), "ports")) {
                assertThat(ports).as("%s: target port", service).containsKey((String) port.get("targetPort"));
            }
        }
        var budget = only(manifests, "PodDisruptionBudget", "filmfactory");
        Map<String, String> budgeted = cast(map(map(budget.object(), "spec"), "selector").get("matchLabels"));
        assertThat(labels).containsAllEntriesOf(budgeted);
        var policy = only(manifests, "NetworkPolicy", "filmfactory-hazelcast");
        Map<String, String> guarded = cast(map(map(policy.object(), "spec"), "podSelector").get("matchLabels"));
        assertThat(labels).containsAllEntriesOf(guarded);
        var allowed = new ArrayList<Integer>();
        for (var rule : list(map(policy.object(), "spec"), "ingress")) {
            for (var port : list(rule, "ports")) {
                allowed.add((Integer) port.get("port"));
            }
        }
        assertThat(allowed).containsExactlyInAnyOrder(ports.get("hazelcast"), ports.get("http"));
        var ingress = only(manifests, "Ingress", "filmfactory");
        var backend = map(map(list(map(list(map(ingress.object(), "spec"), "rules").getFirst(), "http"), "paths")
                .getFirst(), "backend"), "service");
        var web = only(manifests, "Service", (String) backend.get("name"));
        assertThat(list(map(web.object(), "spec"), "ports")).extracting(port -> port.get("name"))
                .contains(map(backend, "port").get("name"));
    }

    @Test
    void probesAreActuatorsOnTheWebPortTheImageListensOn() throws IOException {
        var statefulSet = only(manifests(), "StatefulSet", "filmfactory");
        var container = container(statefulSet);
        var application = applicationProperties();
        var dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));

        assertThat(application.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(application.getProperty("management.server.port")).as("Actuator on the web port").isNull();
        assertThat(application.getProperty("management.endpoints.web.base-path")).as("Actuator at /actuator").isNull();
        assertThat(application.getProperty("management.endpoints.web.exposure.include")).contains("health");
        var listening = Pattern.compile("SERVER_PORT=(\\d+)").matcher(dockerfile);
        assertThat(listening.find()).as("the image sets the web port").isTrue();
        assertThat(containerPorts(statefulSet).get("http")).isEqualTo(8080)
                .isEqualTo(Integer.valueOf(listening.group(1)));
        var probes = new HashMap<String, Object>();
        for (var probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            var get = map(map(container, probe), "httpGet");
            assertThat(get.get("port")).as(probe).isEqualTo("http");
            probes.put(probe, get.get("path"));
        }
        assertThat(probes).isEqualTo(Map.of("startupProbe", "/actuator/health/liveness",
                "readinessProbe", "/actuator/health/readiness", "livenessProbe", "/actuator/health/liveness"));
    }

    @Test
    void hazelcastFindsThePodsThroughTheHeadlessServiceByTheStudiosOwnSettings() throws IOException {
        var manifests = manifests();
        var statefulSet = only(manifests, "StatefulSet", "filmfactory");
        var headless = only(manifests, "Service", (String) map(statefulSet.object(), "spec").get("serviceName"));
        var headlessSpec = map(headless.object(), "spec");
        var binder = new Binder(ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        podEnvironment(manifests))));

        var cluster = binder.bindOrCreate("filmfactory.cluster", ClusterSettings.class);
        var join = new HazelcastSetup().hazelcastConfig(cluster).getNetworkConfig().getJoin();

        assertThat(headlessSpec.get("clusterIP")).isEqualTo("None");
        assertThat(headlessSpec.get("publishNotReadyAddresses")).isEqualTo(true);
        assertThat(cluster.kubernetesServiceDns()).isEqualTo(headless.name() + ".filmfactory.svc.cluster.local");
        assertThat(join.getKubernetesConfig().isEnabled()).isTrue();
        assertThat(join.getKubernetesConfig().getProperty("service-dns")).isEqualTo(cluster.kubernetesServiceDns());
        assertThat(join.getTcpIpConfig().isEnabled()).isFalse();
        assertThat(join.getMulticastConfig().isEnabled()).isFalse();
        var port = list(headlessSpec, "ports").getFirst();
        assertThat(List.of(port.get("port"), containerPorts(statefulSet).get("hazelcast"), cluster.port()))
                .containsExactly(5701, 5701, 5701);
        assertThat(join.getKubernetesConfig().getProperty("service-port")).isEqualTo("5701");
    }

    @Test
    void theEnvironmentBindsToPostgresAndS3() throws IOException {
        var environment = podEnvironment(manifests());
        var binder = new Binder(ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environment)));

        var media = binder.bindOrCreate("filmfactory.media", MediaSettings.class);

        assertThat(media.store()).isEqualTo(MediaSettings.Store.S3);
        assertThat(media.s3()).isEqualTo(new MediaSettings.S3(
                URI.create("http://minio.filmfactory.svc.cluster.local:9000"), "us-east-1", "film-factory",
                true, "change-me", "change-me"));
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        var postgres = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application-postgres.properties"))) {
            postgres.load(in);
        }
        // The postgres profile reads the database from these variables; the pod has each of them.
        var wanted = Pattern.compile("\\$\\{(FILMFACTORY_DB_[A-Z]+)").matcher(
                postgres.getProperty("spring.datasource.url") + postgres.getProperty("spring.datasource.username")
                        + postgres.getProperty("spring.datasource.password")).results()
                .map(found -> found.group(1)).toList();
        assertThat(wanted).containsExactly("FILMFACTORY_DB_URL", "FILMFACTORY_DB_USER", "FILMFACTORY_DB_PASSWORD");
        assertThat(environment).containsKeys(wanted.toArray(String[]::new));
        assertThat((String) environment.get("FILMFACTORY_DB_URL")).startsWith("jdbc:postgresql://");
    }

    @Test
    void aStoppingPodHasTimeToHandItsJobsBackAndLeaveTheCluster() throws IOException {
        var statefulSet = only(manifests(), "StatefulSet", "filmfactory");
        var pod = podSpec(statefulSet);
        var application = applicationProperties();
        List<String> preStop = cast(map(map(map(container(statefulSet), "lifecycle"), "preStop"), "exec")
                .get("command"));
        var work = new Binder(List.of()).bindOrCreate("filmfactory.work", WorkSettings.class);
        var member = new HazelcastSetup().hazelcastConfig(new ClusterSettings("studio", "node-1", 5701, List.of(),
                "filmfactory-hazelcast"));

        assertThat(application.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(preStop).hasSize(2).startsWith("sleep");
        var needed = Duration.ofSeconds(Long.parseLong(preStop.get(1)))
                .plus(work.handBackWait())
                .plus(DurationStyle.detectAndParse(
                        application.getProperty("spring.lifecycle.timeout-per-shutdown-phase")))
                .plus(Duration.ofSeconds(Long.parseLong(member.getProperty("hazelcast.graceful.shutdown.max.wait"))));
        assertThat(needed).isEqualTo(Duration.ofSeconds(55));
        assertThat(Duration.ofSeconds((Integer) pod.get("terminationGracePeriodSeconds")))
                .isGreaterThanOrEqualTo(needed.plusSeconds(10));
    }
}
