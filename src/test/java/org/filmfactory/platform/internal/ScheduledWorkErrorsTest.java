package org.filmfactory.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstanceNotActiveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ScheduledWorkErrorsTest {

    @Test
    void aStoppedClusterMemberIsReportedOnceHoweverOftenTheWorkFails(CapturedOutput output) {
        var errors = new ScheduledWorkErrors();
        for (int tick = 0; tick < 50; tick++) {
            errors.handleError(new HazelcastInstanceNotActiveException());
        }
        assertThat(output.getOut().split("cluster member has stopped", -1)).hasSize(2);
        assertThat(output.getOut()).doesNotContain("\tat ");
    }

    @Test
    void otherFailuresAreLoggedEachTimeWithTheirStackTrace(CapturedOutput output) {
        var errors = new ScheduledWorkErrors();
        errors.handleError(new IllegalStateException("disk full"));
        errors.handleError(new IllegalStateException("disk full"));
        assertThat(output.getOut().split("Scheduled work failed", -1)).hasSize(3);
        assertThat(output.getOut()).contains("java.lang.IllegalStateException: disk full").contains("\tat ");
    }
}
