package org.filmfactory.platform.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which queued jobs run, the same on every node. Higher priority first. Within one priority the groups
 * (projects) take turns: each group's jobs keep their submission order, and a group's n-th job comes before any
 * group's (n+1)-th; among the groups' n-th jobs, the group served least recently (the one whose job a node took
 * longest ago; a group never served comes first) goes first, then the earlier submitted. So with one free worker,
 * project A's jobs a1 a2 a3 and project B's b1 b2 b3 (A submitted first) run a1 b1 a2 b2 a3 b3, and a project that
 * submits one job while another has a thousand queued waits for one job only.
 */
final class QueueOrder {

    private QueueOrder() {
    }

    /**
     * @param queued the queued jobs
     * @param served each group's place in the sequence of claims (a larger number was served later); absent = never
     */
    static List<JobEntry> order(Collection<JobEntry> queued, Map<String, Long> served) {
        var byOwnOrder = Comparator.comparingLong(JobEntry::order).thenComparing(JobEntry::id);
        var ranks = new HashMap<String, Integer>();
        var groups = new HashMap<String, List<JobEntry>>();
        for (var job : queued) {
            groups.computeIfAbsent(job.priority() + "/" + job.group(), key -> new ArrayList<>()).add(job);
        }
        for (var jobs : groups.values()) {
            jobs.sort(byOwnOrder);
            for (int i = 0; i < jobs.size(); i++) {
                ranks.put(jobs.get(i).id(), i);
            }
        }
        var ordered = new ArrayList<>(queued);
        ordered.sort(Comparator.comparingInt(JobEntry::priority).reversed()
                .thenComparingInt(job -> ranks.get(job.id()))
                .thenComparingLong(job -> served.getOrDefault(job.group(), 0L))
                .thenComparing(byOwnOrder));
        return ordered;
    }
}
