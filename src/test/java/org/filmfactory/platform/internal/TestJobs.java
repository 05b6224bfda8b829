package org.filmfactory.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.filmfactory.platform.JobContext;
import org.filmfactory.platform.JobHandler;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.StudioNode;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.UserMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Job handlers for the queue's tests, only in a studio started with {@code filmfactory.test.jobs=true} (also in a
 * node of its own process, which runs the test class path). Every run is written to {@link #log()}; {@code test.steps}
 * also appends its completion to a file, so runs in other processes can be counted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("filmfactory.test.jobs")
class TestJobs {

    private final List<String> log = new ArrayList<>();
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, Integer> runs = new ConcurrentHashMap<>();
    private final Map<JobId, Integer> toldGivingUp = new ConcurrentHashMap<>();
    private final Map<JobId, List<Boolean>> heardGivingUp = new ConcurrentHashMap<>();

    /** What ran here, in order: the payload of every {@code test.record} and {@code test.gate} run. */
    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    void open(String gate) {
        gate(gate).countDown();
    }

    private CountDownLatch gate(String name) {
        return gates.computeIfAbsent(name, key -> new CountDownLatch(1));
    }

    private void record(String what) {
        synchronized (log) {
            log.add(what);
        }
    }

    @Bean
    JobHandler recordingJob() {
        return handler("test.record", context -> {
            record(context.payload());
            return context.payload();
        });
    }

    /** Waits until its gate (the payload) is opened or it is told to stop. */
    @Bean
    JobHandler gateJob() {
        return handler("test.gate", context -> {
            record(context.payload());
            var gate = gate(context.payload());
            while (!context.stopping()) {
                if (gate.await(20, TimeUnit.MILLISECONDS)) {
                    return "opened";
                }
            }
            return null;
        });
    }

    /** Like {@code test.gate}, but a node runs at most one at once. */
    @Bean
    JobHandler singleJob() {
        var gated = gateJob();
        return new JobHandler() {
            @Override
            public String kind() {
                return "test.single";
            }

            @Override
            public int perNode() {
                return 1;
            }

            @Override
            public @Nullable String run(JobContext context) throws Exception {
                return gated.run(context);
            }
        };
    }

    /** Payload {@code steps;millis per step;file}: works in steps, then appends "id attempt node" to the file. */
    @Bean
    JobHandler stepsJob(StudioNode node) {
        return handler("test.steps", context -> {
            var parts = context.payload().split(";", -1);
            int steps = Integer.parseInt(parts[0]);
            long millis = Long.parseLong(parts[1]);
            for (int step = 1; step <= steps; step++) {
                // Sleeping in slices: the work itself, which notices a stop request within a few milliseconds.
                for (long slept = 0; slept < millis; slept += 5) {
                    if (context.stopping()) {
                        return null;
                    }
                    Thread.sleep(5);
                }
                context.progress(step * 100 / steps, UserMessage.of("test.stage.step", step));
            }
            if (parts.length > 2 && !parts[2].isEmpty()) {
                try {
                    Files.writeString(Path.of(parts[2]), context.id() + " " + context.attempt() + " " + node.name()
                            + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return "done on " + node.name();
        });
    }

    /**
     * Payload {@code failures;message;tag}: fails with an IllegalStateException on its first {@code failures} runs on
     * this node (counted by payload, across retries).
     */
    @Bean
    JobHandler failingJob() {
        return handler("test.fail", context -> {
            var parts = context.payload().split(";", 3);
            if (runs.merge(context.payload(), 1, Integer::sum) <= Integer.parseInt(parts[0])) {
                throw new IllegalStateException(parts[1]);
            }
            return "succeeded on attempt " + context.attempt();
        });
    }

    /** How often the queue told {@code test.unheard}'s handler that it gave the job up. */
    int toldGivingUp(JobId id) {
        return toldGivingUp.getOrDefault(id, 0);
    }

    /** Whether each time {@code test.unheard}'s handler took it that the job was given up was inside a transaction. */
    List<Boolean> heardGivingUp(JobId id) {
        return List.copyOf(heardGivingUp.getOrDefault(id, List.of()));
    }

    /**
     * Payload {@code deafness;tag}: every run fails; told that the queue gave the job up, it fails on hearing it the
     * first {@code deafness} times, then takes it.
     */
    @Bean
    JobHandler unheardJob() {
        return new JobHandler() {
            @Override
            public String kind() {
                return "test.unheard";
            }

            @Override
            public @Nullable String run(JobContext context) {
                throw new IllegalStateException("never works");
            }

            @Override
            public void gaveUp(JobId id, JobRequest request, UserMessage failure) {
                int deafness = Integer.parseInt(request.payload().split(";", 2)[0]);
                if (toldGivingUp.merge(id, 1, Integer::sum) <= deafness) {
                    throw new IllegalStateException("not listening yet");
                }
                heardGivingUp.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>())
                        .add(TransactionSynchronizationManager.isActualTransactionActive());
            }
        };
    }

    @Bean
    JobHandler refusingJob() {
        return handler("test.refuse", context -> {
            record(context.payload());
            throw new Refused(context.payload());
        });
    }

    static final class Refused extends UserFacingException {
        Refused(String what) {
            super("test.refused", what);
        }
    }

    interface Work {
        @Nullable String run(JobContext context) throws Exception;
    }

    private static JobHandler handler(String kind, Work work) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public @Nullable String run(JobContext context) throws Exception {
                return work.run(context);
            }
        };
    }
}
