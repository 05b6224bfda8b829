package org.filmfactory.review;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.filmfactory.account.NewAccount;
import org.filmfactory.account.Registration;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.FreePorts;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notification e-mails through a real SMTP server (GreenMail, fresh for each test): mentions collected during the
 * mail delay go out as one letter, in the recipient's language; someone who turned mail off gets none; a letter the
 * server refused is sent later, once.
 */
@StudioTest
@Import(NotificationMailIT.Smtp.class)
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "filmfactory.project.public-url=https://films.example.org/studio/",
        "filmfactory.notify.mail-delay=5s",
        "filmfactory.notify.mail-sweep=200ms"})
class NotificationMailIT {

    static final int SMTP_PORT = FreePorts.next();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TestConfiguration(proxyBeanMethods = false)
    static class Smtp {
        @Bean
        static DynamicPropertyRegistrar notifySmtpPort() {
            return registry -> registry.add("spring.mail.port", () -> SMTP_PORT);
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    Actor owner;
    Actor director;
    ProjectId project;
    ShotId shot = new ShotId(UUID.randomUUID());

    @BeforeEach
    void crew() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    private void mention(Actor author, String text, Actor... mentioned) {
        var id = CommentId.random();
        var event = new CommentPosted(project, id, id, author.id().toString(), author.name(), false,
                author.id().toString(), shot.toString(), null, text,
                Arrays.stream(mentioned).map(a -> a.id().toString()).toList());
        transactions.executeWithoutResult(status -> context.publishEvent(event));
    }

    private Actor chineseMember(String name) {
        var email = "wang-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var id = context.getBean(Registration.class)
                .create(new NewAccount(email, name, Actors.PASSWORD, Locale.SIMPLIFIED_CHINESE));
        var member = new Actor(id, email, name, context);
        owner.signIn();
        var path = context.getBean(InvitationService.class).invite(project, ProjectRole.WRITER, null).path();
        member.signIn();
        context.getBean(InvitationService.class).accept(path.substring("join/".length()));
        return member;
    }

    private void awaitNotifications(Actor recipient, int count) {
        await().atMost(ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where recipient = ?", Integer.class, recipient.id().value()),
                n -> n >= count);
    }

    private static List<MimeMessage> awaitMails(int count) {
        return await().atMost(ofSeconds(30)).until(() -> List.of(MAIL.getReceivedMessages()),
                m -> m.size() >= count);
    }

    private static String to(MimeMessage mail) throws Exception {
        return ((InternetAddress) mail.getRecipients(RecipientType.TO)[0]).getAddress();
    }

    private static String body(MimeMessage mail) throws Exception {
        return (String) mail.getContent();
    }

    @Test
    void mentionsWithinTheDelayGoOutAsOneLetter() throws Exception {
        // These events carry no stored comment, so the letter orders them by when they were noted: each is let
        // through before the next one is posted, as people type them seconds apart.
        mention(owner, "First: the light", director);
        awaitNotifications(director, 1);
        mention(owner, "Second: the sound", director);
        awaitNotifications(director, 2);
        mention(owner, "Third: the @[Dario Director](" + director.id() + ") cut", director);

        var mails = awaitMails(1);
        assertThat(mails).hasSize(1);
        var mail = mails.getFirst();
        assertThat(to(mail)).isEqualTo(director.email());
        assertThat(mail.getSubject()).isEqualTo("Film Factory: 3 new notifications");
        var body = body(mail);
        assertThat(body).startsWith("Hello Dario Director,")
                .contains("Olga Owner mentioned you in “Rain City”: “First: the light”")
                .contains("Olga Owner mentioned you in “Rain City”: “Second: the sound”")
                .contains("Olga Owner mentioned you in “Rain City”: “Third: the @Dario Director cut”")
                .contains("https://films.example.org/studio/projects/" + project + "/storyboard/" + shot
                        + "?comment=");
        assertThat(body.indexOf("First")).isLessThan(body.indexOf("Second"));
        // The letter is marked sent once the mail server took it, a moment after it arrived there.
        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from notification where recipient = ? and mail_state = ?",
                Integer.class, director.id().value(), "SENT")).isEqualTo(3));

        // The next mention starts a new letter; the three above are not sent again.
        mention(owner, "Fourth", director);
        var next = awaitMails(2);
        assertThat(next).hasSize(2);
        assertThat(next.get(1).getSubject()).isEqualTo("Film Factory: 1 new notification");
        assertThat(body(next.get(1))).contains("“Fourth”").doesNotContain("First");
    }

    @Test
    void aChineseMemberGetsTheLetterInChinese() throws Exception {
        var wang = chineseMember("王文");

        mention(owner, "请看第三个镜头", wang);

        var mail = awaitMails(1).getFirst();
        assertThat(to(mail)).isEqualTo(wang.email());
        assertThat(mail.getSubject()).isEqualTo("Film Factory：1 条新通知");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(body(mail)).startsWith("王文，您好：")
                .contains("Olga Owner 在“Rain City”中提到了您：“请看第三个镜头”");
    }

    @Test
    void whoTurnedMailOffGetsNoLetterButStillTheNotification() throws Exception {
        var wang = chineseMember("王文");
        director.signIn();
        assertThat(notifications.mailAvailable()).isTrue();
        assertThat(notifications.mailWanted()).isTrue();
        notifications.wantMail(false);
        assertThat(notifications.mailWanted()).isFalse();

        mention(owner, "For both of you", director, wang);

        var mails = awaitMails(1);
        assertThat(mails).extracting(NotificationMailIT::to).containsExactly(wang.email());
        director.signIn();
        assertThat(notifications.mine(0, 10)).extracting(Notification::excerpt).containsExactly("For both of you");
        assertThat(jdbc.queryForObject("select count(*) from notification where mail_state <> 'NONE'"
                + " and recipient = ?", Integer.class, director.id().value())).isZero();
    }

    @Test
    void aLetterTheServerRefusedIsSentLaterOnce() throws Exception {
        MAIL.stop();
        mention(owner, "While the server is down", director);
        await().atMost(ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_setting where user_id = ? and mail_retry_at is not null",
                Integer.class, director.id().value()) == 1);
        assertThat(jdbc.queryForObject("select mail_state from notification where recipient = ?", String.class,
                director.id().value())).isEqualTo("PENDING");

        MAIL.start();

        var mails = awaitMails(1);
        assertThat(mails).hasSize(1);
        assertThat(body(mails.getFirst())).contains("“While the server is down”");
        await().atMost(ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select mail_state from notification where recipient = ?", String.class, director.id().value()),
                "SENT"::equals);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }
}
