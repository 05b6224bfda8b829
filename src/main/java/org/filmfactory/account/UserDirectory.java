package org.filmfactory.account;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.filmfactory.account.internal.Account;
import org.filmfactory.account.internal.Accounts;
import org.filmfactory.account.internal.StudioPrincipal;
import org.filmfactory.platform.Translations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who is who: names and languages of people, for member lists and e-mails. Read-only. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    UserDirectory(Accounts accounts, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * The signed-in person changes their own name and language. Everyone who sees them on a crew list sees the
     * new name live ({@link ProfileChanged}); their own session carries the new name from now on.
     */
    @Transactional
    public UserProfile describeMyself(String displayName, Locale language) {
        var me = currentUser.requireId();
        var name = displayName.strip();
        Registration.checkName(name);
        var account = accounts.findById(me.value()).orElseThrow(UnknownUser::new);
        account.describe(name, Translations.supported(language).toLanguageTag());
        events.publishEvent(new ProfileChanged(me));
        carryIntoSession(account);
        return toProfile(account);
    }

    /** The signed-in person's session shows {@code account} as it is now (name, language, e-mail). */
    static void carryIntoSession(Account account) {
        var context = SecurityContextHolder.getContext();
        var principal = new StudioPrincipal(account);
        principal.eraseCredentials();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
    }

    /**
     * Runs {@code work} on this thread as {@code id} signed in, for work done later on someone's behalf (a "Make film"
     * run on the work queue acts with the rights of who started it, checked again at every call). Afterwards the
     * thread's security context is what it was.
     *
     * @throws UnknownUser when the account is gone
     */
    // Outside any transaction: the work makes its own (a job queued inside one long transaction would stay unseen).
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public <T> T actingAs(UserId id, Supplier<T> work) {
        var account = accounts.findById(id.value()).orElseThrow(UnknownUser::new);
        var principal = new StudioPrincipal(account);
        principal.eraseCredentials();
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public UserProfile profile(UserId id) {
        return accounts.findById(id.value()).map(UserDirectory::toProfile).orElseThrow(UnknownUser::new);
    }

    public Map<UserId, UserProfile> profiles(Collection<UserId> ids) {
        return accounts.findAllById(ids.stream().map(UserId::value).toList()).stream()
                .map(UserDirectory::toProfile)
                .collect(Collectors.toMap(UserProfile::id, Function.identity()));
    }

    public Optional<UserProfile> findByEmail(String email) {
        return accounts.findByEmail(Registration.normalizeEmail(email)).map(UserDirectory::toProfile);
    }

    static UserProfile toProfile(Account account) {
        return new UserProfile(new UserId(account.id()), account.email(), account.displayName(),
                Locale.forLanguageTag(account.locale()));
    }
}
