package org.filmfactory.account.internal;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import org.filmfactory.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Form sign-in through the Vaadin login view. Views say who may open them; services check project permissions
 * again on every call, so a hidden button is never the only guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * The script editor's typing ({@code POST /script-steps}, several requests a second per writer) on a short chain
     * of its own, asked before the studio's: the session's signed-in person, the session's CSRF token (the same
     * repository and masking as the studio's chain, which handed the token to the editor), and 401 for anyone else.
     * The studio's chain ran about fifteen filters per keystroke, among them Vaadin's route look-ups, the request
     * cache and the sign-in cookie, which cost more processor time than taking the typing itself. No sign-in cookie
     * here on purpose: an editor whose session is gone gets 401 and sends its typing through Vaadin, whose own
     * request signs it in again.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain typingSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/script-steps"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain studioSecurity(HttpSecurity http, RememberedSignIn rememberedSignIn) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**").permitAll()
                // A review link's media, for guests without an account: the review module checks the link itself.
                .requestMatchers("/review/*/media/**").permitAll());
        // Media for <video> and <img> (/media/**, served by the take module) and the script editor's typing
        // (/script-steps, screenplay module): a signed-out request is answered 401, not sent to the sign-in page as a
        // page would be. Registered before Vaadin's entry point, so it is asked first.
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/media/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/script-steps"))));
        // A node that dies takes its sessions along; the sign-in cookie lets the next node sign the person in again.
        http.rememberMe(remember -> remember.rememberMeServices(rememberedSignIn));
        // Any other address needs a signed-in person and then goes to the router, which shows "nothing here" inside
        // the studio frame. (Vaadin's default denies it outright: a bare 403 with an empty page, issue 10.)
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).anyRequest(any -> any.authenticated()));
        return http.build();
    }

    @Bean
    RememberedSignIn rememberedSignIn(AccountUserDetailsService accounts, SignInKeys keys,
            RememberedSignInSettings settings) {
        return new RememberedSignIn(accounts, keys, settings);
    }

    /** BCrypt today, behind a delegating encoder so stored hashes can move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider studioAuthentication(AccountUserDetailsService accounts, PasswordEncoder encoder,
            LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(passwords, throttle);
    }
}
