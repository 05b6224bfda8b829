package org.filmfactory.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.filmfactory.account.UserId;
import org.filmfactory.account.UserProfile;
import org.filmfactory.platform.ui.NamedPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds them. Everyone has the single role {@code USER}: what a person may
 * do depends on their role in each project, which the project module checks on every action.
 */
public final class StudioPrincipal implements UserDetails, CredentialsContainer, NamedPerson {

    private final UUID id;
    private final String email;
    private final String displayName;
    private final String locale;
    private @Nullable String passwordHash;

    public StudioPrincipal(Account account) {
        this.id = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.locale = account.locale();
        this.passwordHash = account.passwordHash();
    }

    public UserProfile profile() {
        return new UserProfile(new UserId(id), email, displayName, Locale.forLanguageTag(locale));
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return email;
    }
}
