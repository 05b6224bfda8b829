/** Accounts table, password checking, sign-in throttling over Hazelcast and the security filter chain. */
@NullMarked
package org.filmfactory.account.internal;

import org.jspecify.annotations.NullMarked;
