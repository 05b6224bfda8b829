package org.filmfactory.take.internal.settings;

import java.math.BigDecimal;
import java.time.Duration;

/** What one member's generations used and cost in the budget's period (a line of the usage table). */
public record MemberUsage(String memberKey, String memberName, int generations, int requests, int images,
        Duration video, BigDecimal cost) {
}
