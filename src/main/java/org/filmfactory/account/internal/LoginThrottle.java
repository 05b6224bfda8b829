package org.filmfactory.account.internal;

/**
 * Counts failed sign-ins per account, per network address and per account at one address, across every node, and
 * says when a sign-in is held back. The policy is described on {@link org.filmfactory.account.AccountSettings}:
 * blocks grow when repeated, are capped, end by themselves, and an address the person signed in from before is held
 * only by its own pair's block.
 */
public interface LoginThrottle {

    boolean isLocked(String email, String address);

    void recordFailure(String email, String address);

    /** The person signed in from {@code address}: that address is theirs for a while, and its pair's count starts over. */
    void recordSuccess(String email, String address);

    /** Lifts every block on the account (after a password reset proved the person holds its mailbox). */
    void release(String email);
}
