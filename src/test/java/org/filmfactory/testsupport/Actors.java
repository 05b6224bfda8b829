package org.filmfactory.testsupport;

import java.util.Locale;
import java.util.UUID;
import org.filmfactory.account.NewAccount;
import org.filmfactory.account.Registration;
import org.filmfactory.account.UserId;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectRole;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People for tests: real accounts made through {@link Registration}, and signing in on the test thread through the
 * real account lookup, so services see exactly the principal a browser sign-in would give them.
 */
public final class Actors {

    public static final String PASSWORD = "correct horse battery";

    private Actors() {
    }

    /** A new account with a unique e-mail starting with {@code name}. */
    public static Actor create(ApplicationContext context, String name) {
        var email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var id = context.getBean(Registration.class).create(new NewAccount(email, name, PASSWORD, Locale.ENGLISH));
        return new Actor(id, email, name, context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Someone with an account in the studio under test. */
    public record Actor(UserId id, String email, String name, ApplicationContext context) {

        /**
         * This person (an owner) invites a new account in {@code role} and it accepts, as through a link; the
         * newcomer is the signed-in user afterwards.
         */
        public Actor bringOnto(ProjectId project, ProjectRole role, String name) {
            signIn();
            var path = context.getBean(InvitationService.class).invite(project, role, null).path();
            var newcomer = Actors.create(context, name).signIn();
            context.getBean(InvitationService.class).accept(path.substring("join/".length()));
            return newcomer;
        }

        /** Makes this person the signed-in user of the current thread. */
        public Actor signIn() {
            var principal = context.getBean(UserDetailsService.class).loadUserByUsername(email);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return this;
        }
    }
}
