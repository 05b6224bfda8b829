package org.filmfactory.account.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;
import com.hazelcast.map.IMap;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.filmfactory.account.AccountSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link LoginThrottle} over one Hazelcast map, so a guesser cannot spread attempts over nodes. Each counter is
 * changed where it lives by an entry processor, and expires with its window.
 */
@Component
class HazelcastLoginThrottle implements LoginThrottle {

    static final String MAP = "account.login-failures";
    private final IMap<String, FailedSignIns> failures;
    private final AccountSettings settings;
    private final Clock clock;

    HazelcastLoginThrottle(HazelcastInstance hazelcast, AccountSettings settings, Clock clock) {
        this.failures = hazelcast.getMap(MAP);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean isLocked(String email, String address) {
        long now = clock.millis();
        return locked(failures.get(accountKey(email)), now) || locked(failures.get(addressKey(address)), now);
    }

    @Override
    public void recordFailure(String email, String address) {
        long now = clock.millis();
        long window = settings.failureWindow().toMillis();
        long lock = settings.lockout().toMillis();
        failures.executeOnKey(accountKey(email), new CountFailure(now, settings.maxFailuresPerAccount(), window, lock));
        failures.executeOnKey(addressKey(address), new CountFailure(now, settings.maxFailuresPerAddress(), window, lock));
    }

    @Override
    public void recordSuccess(String email) {
        failures.delete(accountKey(email));
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

    /** Failures so far in the current window, and until when sign-in is refused (0 when not locked). */
    record FailedSignIns(int count, long windowStart, long lockedUntil) {
    }

    /** Adds one failure on the member that owns the counter; locks once the limit is reached. */
    record CountFailure(long now, int limit, long windowMillis, long lockMillis)
            implements EntryProcessor<String, FailedSignIns, Void> {

        @Override
        public @Nullable Void process(Map.Entry<String, FailedSignIns> entry) {
            var current = entry.getValue();
            if (current == null || now - current.windowStart() > windowMillis) {
                current = new FailedSignIns(0, now, 0);
            }
            int count = current.count() + 1;
            long lockedUntil = count >= limit ? Math.max(current.lockedUntil(), now + lockMillis) : current.lockedUntil();
            long ttl = Math.max(windowMillis, lockedUntil - now);
            @SuppressWarnings("unchecked")
            var extended = (ExtendedMapEntry<String, FailedSignIns>) entry;
            extended.setValue(new FailedSignIns(count, current.windowStart(), lockedUntil), ttl, TimeUnit.MILLISECONDS);
            return null;
        }
    }
}
