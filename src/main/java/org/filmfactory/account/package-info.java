/**
 * People and signing in: accounts with hashed passwords, sign-up (switchable by a setting), sign-in throttled per
 * account and per address across the cluster, the sign-in and sign-up views and the {@code SecurityFilterChain}.
 * Other modules ask {@link org.filmfactory.account.CurrentUser} who is acting and
 * {@link org.filmfactory.account.UserDirectory} for names. Publishes no events.
 */
@ApplicationModule(allowedDependencies = {"platform", "platform :: ui"})
@NullMarked
package org.filmfactory.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
