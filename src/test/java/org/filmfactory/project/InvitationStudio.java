package org.filmfactory.project;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.filmfactory.testsupport.StudioClock;
import org.filmfactory.testsupport.FreePorts;
import org.filmfactory.testsupport.StudioTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;

/**
 * The studio as invitation tests need it: a {@link StudioClock}, SMTP pointed at {@link #SMTP_PORT} on loopback
 * (where {@link InvitationMailIT} runs GreenMail) and a public address with a path, so links are resolved, not
 * concatenated. Every class carrying this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@StudioTest
@Import({StudioClock.Setup.class, InvitationStudio.Smtp.class})
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "filmfactory.project.public-url=" + InvitationStudio.PUBLIC_URL})
@interface InvitationStudio {

    /** A free port chosen once per JVM: GreenMail restarts on it for every test, the studio keeps sending to it. */
    int SMTP_PORT = FreePorts.next();
    String PUBLIC_URL = "https://films.example.org/studio/";

    @TestConfiguration(proxyBeanMethods = false)
    class Smtp {

        @Bean
        static DynamicPropertyRegistrar smtpPort() {
            return registry -> registry.add("spring.mail.port", () -> SMTP_PORT);
        }
    }
}
