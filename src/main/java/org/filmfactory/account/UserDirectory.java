package org.filmfactory.account;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.filmfactory.account.internal.Account;
import org.filmfactory.account.internal.Accounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is who: names and languages of people, for member lists and e-mails. Read-only. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final Accounts accounts;

    UserDirectory(Accounts accounts) {
        this.accounts = accounts;
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
