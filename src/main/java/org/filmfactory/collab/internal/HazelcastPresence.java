package org.filmfactory.collab.internal;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.query.Predicates;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.filmfactory.account.UserId;
import org.filmfactory.account.UserProfile;
import org.filmfactory.collab.Attendee;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.Presence;
import org.filmfactory.project.ProjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@link Presence} over one Hazelcast map of open screens with a time-to-live. This node renews its own screens'
 * entries on a heartbeat; a closed screen removes its entry at once; when a node dies the survivors remove its
 * entries as soon as the cluster notices, and the TTL catches anything left. A screen whose browser has gone silent
 * (crashed, asleep, cut off: Vaadin itself closes such a UI only minutes later, at the session's next request) is
 * taken off the map by its node and put back at the browser's next sign of life. Every change to the map, wherever it
 * happens, reaches each node's single map listener, which tells the screens on that node.
 */
@Component
class HazelcastPresence implements Presence {

    static final String MAP = "collab.presence";
    private static final Logger log = LoggerFactory.getLogger(HazelcastPresence.class);

    private final IMap<String, PresenceEntry> entries;
    private final HazelcastProjectFeed feed;
    private final CollabSettings settings;
    private final Clock clock;
    private final String nodeId;
    private final Map<String, LocalTicket> localTickets = new ConcurrentHashMap<>();

    HazelcastPresence(HazelcastInstance hazelcast, HazelcastProjectFeed feed, CollabSettings settings, Clock clock) {
        this.entries = hazelcast.getMap(MAP);
        this.feed = feed;
        this.settings = settings;
        this.clock = clock;
        this.nodeId = hazelcast.getCluster().getLocalMember().getUuid().toString();
        entries.addEntryListener(new Changes(), false);
        hazelcast.getCluster().addMembershipListener(new Departures());
    }

    @Override
    public Ticket enter(ProjectId projectId, UserProfile who, String place) {
        // The key starts with the project so every map event names it, even a removal that carries no value.
        var key = projectId + "/" + UUID.randomUUID();
        var entry = new PresenceEntry(projectId.toString(), who.id().toString(), who.displayName(), place, nodeId,
                clock.millis());
        var local = new LocalTicket(entry, clock.millis());
        localTickets.put(key, local);
        entries.put(key, entry, ttlMillis(), TimeUnit.MILLISECONDS);
        return new Ticket() {
            @Override
            public String id() {
                return key;
            }

            @Override
            public void moveTo(String newPlace) {
                local.entry = local.entry.at(newPlace);
                if (local.shown) {
                    entries.put(key, local.entry, ttlMillis(), TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void stillHere() {
                local.lastSignOfLife = clock.millis();
                if (!local.shown && localTickets.containsKey(key)) {
                    // Back from sleep: on the others' screens at once, not at the next beat.
                    local.shown = true;
                    entries.put(key, local.entry, ttlMillis(), TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void close() {
                if (localTickets.containsKey(key)) {
                    leave(key);
                }
            }
        };
    }

    @Override
    public void leave(String ticketId) {
        localTickets.remove(ticketId);
        try {
            entries.delete(ticketId);
        } catch (RuntimeException e) {
            log.debug("Presence entry not removed (cluster stopping): {}", e.getMessage());
        }
    }

    @Override
    public List<Attendee> attendees(ProjectId projectId) {
        var present = new ArrayList<>(entries.values(Predicates.equal("projectId", projectId.toString())));
        present.sort(Comparator.comparingLong(PresenceEntry::since));
        var byPerson = new LinkedHashMap<String, Attendee>();
        for (var entry : present) {
            var userId = UserId.parse(entry.userId());
            byPerson.putIfAbsent(entry.userId(),
                    new Attendee(userId, entry.displayName(), Attendee.colorOf(userId), entry.place()));
        }
        return List.copyOf(byPerson.values());
    }

    /** Keeps this node's open screens alive in the map, and takes off those whose browser has gone silent. */
    @Scheduled(fixedDelayString = "${filmfactory.collab.heartbeat:3s}")
    void heartbeat() {
        long now = clock.millis();
        long silenceLimit = settings.browserSilence().toMillis();
        localTickets.forEach((key, local) -> {
            if (now - local.lastSignOfLife > silenceLimit) {
                if (local.shown) {
                    local.shown = false;
                    entries.delete(key);
                    log.debug("Presence {} off the map: its browser has been silent for {} ms", key,
                            now - local.lastSignOfLife);
                }
            } else if (!entries.setTtl(key, ttlMillis(), TimeUnit.MILLISECONDS)) {
                // An entry lost with a departed member comes back on the next beat.
                entries.put(key, local.entry, ttlMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    int localTicketCount() {
        return localTickets.size();
    }

    private long ttlMillis() {
        return settings.presenceTtl().toMillis();
    }

    @PreDestroy
    void leaveAll() {
        localTickets.keySet().forEach(key -> {
            try {
                entries.delete(key);
            } catch (RuntimeException e) {
                log.debug("Presence entry not removed on shutdown: {}", e.getMessage());
            }
        });
        localTickets.clear();
    }

    private void announce(String key) {
        var slash = key.indexOf('/');
        if (slash > 0) {
            feed.deliverLocally(
                    new HazelcastProjectFeed.FeedMessage(key.substring(0, slash), new LiveUpdate.PresenceChanged()));
        }
    }

    /** One of this node's open screens: what it stores, and when its browser last showed a sign of life. */
    private static final class LocalTicket {
        volatile PresenceEntry entry;
        volatile long lastSignOfLife;
        volatile boolean shown = true;

        LocalTicket(PresenceEntry entry, long lastSignOfLife) {
            this.entry = entry;
            this.lastSignOfLife = lastSignOfLife;
        }
    }

    /** One open screen, as stored in the map. */
    record PresenceEntry(String projectId, String userId, String displayName, String place, String nodeId,
            long since) {
        PresenceEntry at(String newPlace) {
            return new PresenceEntry(projectId, userId, displayName, newPlace, nodeId, since);
        }
    }

    private final class Changes implements EntryAddedListener<String, PresenceEntry>,
            EntryUpdatedListener<String, PresenceEntry>, EntryRemovedListener<String, PresenceEntry>,
            EntryExpiredListener<String, PresenceEntry>, EntryEvictedListener<String, PresenceEntry> {

        @Override
        public void entryAdded(EntryEvent<String, PresenceEntry> event) {
            announce(event.getKey());
        }

        @Override
        public void entryUpdated(EntryEvent<String, PresenceEntry> event) {
            announce(event.getKey());
        }

        @Override
        public void entryRemoved(EntryEvent<String, PresenceEntry> event) {
            announce(event.getKey());
        }

        @Override
        public void entryExpired(EntryEvent<String, PresenceEntry> event) {
            announce(event.getKey());
        }

        @Override
        public void entryEvicted(EntryEvent<String, PresenceEntry> event) {
            announce(event.getKey());
        }
    }

    private final class Departures implements MembershipListener {
        @Override
        public void memberAdded(MembershipEvent event) {
            // Nothing to do: a new node starts with no open screens.
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            var departed = event.getMember().getUuid().toString();
            try {
                entries.removeAll(Predicates.equal("nodeId", departed));
            } catch (RuntimeException e) {
                log.debug("Could not clear presence of departed node {}: {}", departed, e.getMessage());
            }
        }
    }
}
