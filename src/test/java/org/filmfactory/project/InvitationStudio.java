package org.filmfactory.project;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.filmfactory.testsupport.StudioTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The studio as invitation tests need it: a {@link MovableClock}, SMTP pointed at {@link #SMTP_PORT} on loopback
 * (where {@link InvitationMailIT} runs GreenMail) and a public address with a path, so links are resolved, not
 * concatenated. Every class carrying this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@StudioTest
@Import(MovableClock.Setup.class)
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + InvitationStudio.SMTP_PORT,
        "filmfactory.project.public-url=" + InvitationStudio.PUBLIC_URL})
@interface InvitationStudio {

    int SMTP_PORT = 3961;
    String PUBLIC_URL = "https://films.example.org/studio/";
}
