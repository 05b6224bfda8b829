package org.filmfactory.account.internal;

import org.filmfactory.account.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with throttling. Whatever went wrong — unknown e-mail, wrong password, locked — the person gets
 * the same answer, so the sign-in form never tells a guesser which half was right.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var email = Registration.normalizeEmail(attempt.getName());
        var address = attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (throttle.isLocked(email, address)) {
            log.info("Sign-in refused while locked (address {})", address);
            throw new BadCredentialsException("Sign-in refused");
        }
        try {
            var result = passwords.authenticate(attempt);
            throttle.recordSuccess(email, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(email, address);
            throw new BadCredentialsException("Sign-in refused", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
