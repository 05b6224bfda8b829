package org.filmfactory.account.internal;

/**
 * Counts failed sign-ins per account and per network address, across every node, and says when either is locked.
 * Locks end by themselves after the configured lockout.
 */
interface LoginThrottle {

    boolean isLocked(String email, String address);

    void recordFailure(String email, String address);

    void recordSuccess(String email);
}
