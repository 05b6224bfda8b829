package org.filmfactory.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

/**
 * Carries a person's sign-in to another node when theirs dies (issue 10): a signed cookie, set at every sign-in,
 * that any node accepts when it has no session for the browser. Sessions stay on their node; only the sign-in moves.
 *
 * <p>Why this and not the alternatives. Spring Session (JDBC or Hazelcast) would write Vaadin's whole session — the
 * UI tree, which is not designed to be replicated — to the store on every request, and a restored UI tree would
 * still be a stale copy of a dead node's screens. Persistent remember-me tokens rotate the token on every use: after
 * a failover several requests of one browser (page, heartbeat, push reconnect) arrive together with the same token,
 * the second one looks like a stolen cookie ({@code CookieTheftException}) and all of that person's tokens are
 * wiped, so they are signed out exactly when they should not be. This cookie has no server-side state to race on:
 * {@code e-mail : expiry : HMAC-SHA256(e-mail, expiry, password hash, sign-out generation)} with the cluster's
 * secret from the database.
 *
 * <p>It stops working when the password changes (the hash is signed), when the person signs out (the generation
 * moves on, ending the cookies of every browser they signed in with; open sessions elsewhere carry on until they
 * end), and after {@link RememberedSignInSettings#lifetime()}.
 */
final class RememberedSignIn extends TokenBasedRememberMeServices {

    static final String COOKIE = "ff_sign_in";
    private final SignInKeys keys;

    RememberedSignIn(UserDetailsService users, SignInKeys keys, RememberedSignInSettings settings) {
        // The key given here only stamps the in-memory authentication this node makes from a cookie (checked by the
        // provider on the same node); the cookie's own signature uses the cluster's secret instead.
        super(UUID.randomUUID().toString(), users);
        this.keys = keys;
        setCookieName(COOKIE);
        setAlwaysRemember(true);
        setTokenValiditySeconds(Math.toIntExact(settings.lifetime().toSeconds()));
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    @Override
    protected String makeTokenSignature(long tokenExpiryTime, String username, @Nullable String password,
            RememberMeTokenAlgorithm algorithm) {
        var data = username + ":" + tokenExpiryTime + ":" + password + ":" + keys.generation(username);
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.secret().getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        super.logout(request, response, authentication);
        if (authentication != null) {
            keys.signedOut(authentication.getName());
        }
    }
}
