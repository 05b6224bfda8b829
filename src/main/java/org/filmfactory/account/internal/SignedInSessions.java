package org.filmfactory.account.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.filmfactory.account.PasswordChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The HTTP sessions signed in on this node, by person, and the end of a person's sessions on every node when their
 * password changes: whoever had their password and signed in elsewhere is out at once, not when that session times
 * out. (The sign-in cookies already stop working then: the password hash is part of their signature.)
 *
 * <p>Sessions stay on their node, so the request travels: one Hazelcast topic, and each node invalidates the
 * person's sessions it holds — except the one that changed the password. A message lost with a dying node loses
 * nothing that matters: that node's sessions die with it, and the cookie cannot bring them back.
 */
@Component
public class SignedInSessions implements HttpSessionListener, HttpSessionAttributeListener {

    static final String TOPIC = "account.sign-outs";
    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final Map<UUID, Set<HttpSession>> byPerson = new ConcurrentHashMap<>();
    private final ITopic<SignOut> signOuts;
    private final UUID listener;

    /** Sessions of {@code userId} to end on every node, all but {@code keep} (empty for none). */
    record SignOut(String userId, String keep) {
    }

    SignedInSessions(HazelcastInstance hazelcast) {
        this.signOuts = hazelcast.getTopic(TOPIC);
        this.listener = signOuts.addMessageListener(message -> endHere(message.getMessageObject()));
    }

    @PreDestroy
    void stop() {
        try {
            signOuts.removeMessageListener(listener);
        } catch (RuntimeException e) {
            log.debug("Sign-out listener not removed (member stopped): {}", e.toString());
        }
    }

    /** After the password change is committed: every node ends the person's other sessions. */
    @TransactionalEventListener
    void on(PasswordChanged changed) {
        signOuts.publish(new SignOut(changed.userId().toString(),
                changed.keptSession() == null ? "" : changed.keptSession()));
    }

    /** How many sessions of the person this node holds (for tests and the health of the registry). */
    int sessionsOf(UUID userId) {
        return byPerson.getOrDefault(userId, Set.of()).size();
    }

    private void endHere(SignOut signOut) {
        var sessions = byPerson.get(UUID.fromString(signOut.userId()));
        if (sessions == null) {
            return;
        }
        int ended = 0;
        for (var session : Set.copyOf(sessions)) {
            if (session.getId().equals(signOut.keep())) {
                continue;
            }
            sessions.remove(session);
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyGone) {
                // it ended meanwhile
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of a person whose password changed", ended);
        }
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        track(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        track(event);
    }

    private void track(HttpSessionBindingEvent event) {
        if (!HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY.equals(event.getName())) {
            return;
        }
        var person = person(event.getSession().getAttribute(event.getName()));
        if (person != null) {
            byPerson.computeIfAbsent(person, key -> ConcurrentHashMap.newKeySet()).add(event.getSession());
        }
    }

    private static @Nullable UUID person(@Nullable Object value) {
        if (value instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof StudioPrincipal principal) {
            return principal.profile().id().value();
        }
        return null;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        var session = event.getSession();
        byPerson.values().forEach(sessions -> sessions.remove(session));
        byPerson.values().removeIf(Set::isEmpty);
    }
}
