package org.filmfactory.testsupport;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The stacks of this JVM's threads, virtual ones included, for a failed wait to say where the work it waited for
 * stands (the studio nodes of a test run in the test's own JVM).
 */
public final class ThreadDump {

    private ThreadDump() {
    }

    /**
     * The stacks of the threads whose header line contains one of {@code names} (every thread when none given),
     * leaving out pool threads waiting for work.
     */
    public static String of(String... names) {
        try {
            var folder = Files.createTempDirectory("thread-dump");
            var file = folder.resolve("threads.txt");
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            var dump = Files.readString(file);
            Files.delete(file);
            Files.delete(folder);
            // Threads are separated by blank lines; the first line of each names the thread.
            var kept = new ArrayList<String>();
            for (var thread : dump.split("\\R\\R")) {
                var header = thread.strip().lines().findFirst().orElse("");
                boolean idle = thread.contains(".getTask(") || thread.contains(".awaitWork(");
                if (!idle && (names.length == 0 || Arrays.stream(names).anyMatch(header::contains))) {
                    kept.add(thread.strip());
                }
            }
            return String.join("\n\n", kept);
        } catch (IOException | RuntimeException e) {
            return "(no thread dump: " + e + ")";
        }
    }
}
