package org.filmfactory.account.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicate;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.filmfactory.account.AccountSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link LoginThrottle} over two Hazelcast maps, so a guesser cannot spread attempts over nodes. Each counter is
 * changed where it lives by an entry processor. Whether a block holds is decided by the studio's clock; the entries'
 * time-to-live only clears them out of memory once they can no longer matter.
 */
@Component
class HazelcastLoginThrottle implements LoginThrottle {

    static final String MAP = "account.login-failures";
    static final String KNOWN_MAP = "account.known-addresses";
    /** 2^20 first lockouts is far beyond any sensible cap; the shift stops there so it cannot overflow. */
    private static final int MAX_DOUBLINGS = 20;
    private final IMap<String, FailedSignIns> failures;
    private final IMap<String, Long> known;
    private final AccountSettings settings;
    private final Clock clock;

    HazelcastLoginThrottle(HazelcastInstance hazelcast, AccountSettings settings, Clock clock) {
        this.failures = hazelcast.getMap(MAP);
        this.known = hazelcast.getMap(KNOWN_MAP);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean isLocked(String email, String address) {
        long now = clock.millis();
        if (locked(failures.get(pairKey(email, address)), now)) {
            return true;
        }
        var knownUntil = known.get(pairKey(email, address));
        if (knownUntil != null && knownUntil > now) {
            return false;
        }
        return locked(failures.get(accountKey(email)), now) || locked(failures.get(addressKey(address)), now);
    }

    @Override
    public void recordFailure(String email, String address) {
        long now = clock.millis();
        failures.executeOnKey(accountKey(email), count(now, settings.maxFailuresPerAccount()));
        failures.executeOnKey(pairKey(email, address), count(now, settings.maxFailuresPerAccount()));
        failures.executeOnKey(addressKey(address), count(now, settings.maxFailuresPerAddress()));
    }

    @Override
    public void recordSuccess(String email, String address) {
        var memory = settings.knownAddressMemory();
        failures.delete(pairKey(email, address));
        known.set(pairKey(email, address), clock.millis() + memory.toMillis(), memory.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void release(String email) {
        failures.delete(accountKey(email));
        failures.removeAll(new PairsOf(pairKey(email, "")));
    }

    private CountFailure count(long now, int limit) {
        return new CountFailure(now, limit, settings.failureWindow().toMillis(), settings.lockout().toMillis(),
                settings.maxLockout().toMillis());
    }

    private static boolean locked(@Nullable FailedSignIns entry, long now) {
        return entry != null && entry.lockedUntil() > now;
    }

    private static String accountKey(String email) {
        return "account:" + email;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String pairKey(String email, String address) {
        return "pair:" + email + "|" + address;
    }

    /**
     * Failures since the last block, when the last one happened, until when sign-in is held back (0 when never) and
     * how many blocks came in a row.
     */
    record FailedSignIns(int count, long lastFailure, long lockedUntil, int locks) {
    }

    /**
     * Adds one failure on the member that owns the counter. The {@code limit}-th failure blocks for
     * {@code firstLockMillis}, doubled for every block before it in the row, at most {@code maxLockMillis}; the count
     * then starts over. A row ends after {@code windowMillis} without failures or blocks.
     */
    record CountFailure(long now, int limit, long windowMillis, long firstLockMillis, long maxLockMillis)
            implements EntryProcessor<String, FailedSignIns, Void> {

        @Override
        public @Nullable Void process(Map.Entry<String, FailedSignIns> entry) {
            var current = entry.getValue();
            if (current == null || now - Math.max(current.lastFailure(), current.lockedUntil()) > windowMillis) {
                current = new FailedSignIns(0, now, 0, 0);
            }
            int count = current.count() + 1;
            var next = new FailedSignIns(count, now, current.lockedUntil(), current.locks());
            if (count >= limit) {
                long lock = Math.min(firstLockMillis << Math.min(current.locks(), MAX_DOUBLINGS), maxLockMillis);
                next = new FailedSignIns(0, now, Math.max(current.lockedUntil(), now + lock), current.locks() + 1);
            }
            long ttl = Math.max(next.lockedUntil() - now, 0) + windowMillis;
            @SuppressWarnings("unchecked")
            var extended = (ExtendedMapEntry<String, FailedSignIns>) entry;
            extended.setValue(next, ttl, TimeUnit.MILLISECONDS);
            return null;
        }
    }

    /** The pair counters of one account, whatever the address. */
    record PairsOf(String prefix) implements Predicate<String, FailedSignIns> {

        @Override
        public boolean apply(Map.Entry<String, FailedSignIns> entry) {
            return entry.getKey().startsWith(prefix);
        }
    }
}
