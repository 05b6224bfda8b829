package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.filmfactory.account.NewAccount;
import org.filmfactory.account.Registration;
import org.filmfactory.testsupport.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invitation e-mails through a real SMTP server (GreenMail, fresh for each test): the link in the mail is absolute
 * and works, the text is in the invitee's language, and a mail server that is down costs the e-mail, not the link.
 */
@InvitationStudio
class InvitationMailIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(InvitationStudio.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Pattern LINK =
            Pattern.compile(Pattern.quote(InvitationStudio.PUBLIC_URL) + "join/[A-Za-z0-9_-]+");

    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectManagement projects;
    @Autowired
    InvitationService invitations;
    @Autowired
    Registration registration;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void inviteeReceivesOneMailWithAWorkingAbsoluteLink() throws Exception {
        Actors.create(context, "Olga Owner").signIn();
        var project = projects.create(new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var invitee = Actors.create(context, "Dora Director");

        var issued = invitations.invite(project, ProjectRole.DIRECTOR, invitee.email());

        assertThat(issued.emailedTo()).isEqualTo(invitee.email());
        assertThat(issued.mailFailed()).isFalse();
        var messages = MAIL.getReceivedMessages();
        assertThat(messages).hasSize(1);
        var mail = messages[0];
        assertThat(mail.getRecipients(RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(invitee.email());
        assertThat(mail.getSubject()).contains("Olga Owner").contains("Rain City");
        var body = body(mail);
        assertThat(body).contains(InvitationStudio.PUBLIC_URL + issued.path()).contains("Director");

        var link = LINK.matcher(body).results().map(MatchResult::group).toList();
        assertThat(link).containsExactly(InvitationStudio.PUBLIC_URL + issued.path());
        invitee.signIn();
        var tokenFromMail = link.getFirst().substring((InvitationStudio.PUBLIC_URL + "join/").length());
        assertThat(invitations.accept(tokenFromMail)).isEqualTo(new JoinedProject(project, false));
        assertThat(projects.find(project).myRole()).isEqualTo(ProjectRole.DIRECTOR);
    }

    @Test
    void inviteeWhoseAccountIsInChineseGetsTheMailInChinese() throws Exception {
        Actors.create(context, "Olga Owner").signIn();
        var project = projects.create(new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var email = "wang-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        registration.create(new NewAccount(email, "王文", Actors.PASSWORD, Locale.SIMPLIFIED_CHINESE));

        var issued = invitations.invite(project, ProjectRole.DIRECTOR, email);

        var mail = onlyMessage();
        assertThat(mail.getSubject()).contains("邀请").contains("Olga Owner").contains("Rain City");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(body(mail)).contains("邀请您以导演身份加入").contains(InvitationStudio.PUBLIC_URL + issued.path());
    }

    @Test
    void namesInChineseSurviveTheTripIntact() throws Exception {
        Actors.create(context, "王文 Wang Wen").signIn();
        var project = projects.create(new NewProject("茶馆 The Teahouse", "", ScriptLanguage.ZH, OutputFormat.SQUARE));
        var email = "li-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        registration.create(new NewAccount(email, "李观", Actors.PASSWORD, Locale.SIMPLIFIED_CHINESE));

        invitations.invite(project, ProjectRole.VIEWER, email);

        var mail = onlyMessage();
        assertThat(mail.getSubject()).isEqualTo("王文 Wang Wen 邀请您加入 Film Factory 项目“茶馆 The Teahouse”");
        assertThat(body(mail)).contains("王文 Wang Wen 邀请您以查看者身份加入电影项目“茶馆 The Teahouse”");
    }

    @Test
    void inviteeWithoutAccountGetsTheProjectsLanguage() throws Exception {
        Actors.create(context, "Olga Owner").signIn();
        var project = projects.create(new NewProject("茶馆 The Teahouse", "", ScriptLanguage.ZH, OutputFormat.SQUARE));

        invitations.invite(project, ProjectRole.EDITOR, "nobody-yet@example.com");

        var mail = onlyMessage();
        assertThat(mail.getSubject()).contains("邀请");
        assertThat(body(mail)).contains("剪辑");
    }

    @Test
    void inviteeWithAnEnglishAccountGetsEnglishEvenForAChineseProject() throws Exception {
        Actors.create(context, "Olga Owner").signIn();
        var project = projects.create(new NewProject("茶馆 The Teahouse", "", ScriptLanguage.ZH, OutputFormat.SQUARE));
        var invitee = Actors.create(context, "Emma Editor");

        invitations.invite(project, ProjectRole.EDITOR, invitee.email());

        var mail = onlyMessage();
        assertThat(mail.getSubject()).isEqualTo("Olga Owner invites you to \"茶馆 The Teahouse\" on Film Factory");
        assertThat(body(mail)).contains("as Editor").doesNotContain("邀请");
    }

    @Test
    void mailServerDownStillIssuesTheInvitation() {
        Actors.create(context, "Olga Owner").signIn();
        var project = projects.create(new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        MAIL.stop();

        var issued = invitations.invite(project, ProjectRole.WRITER, "wendy@example.com");

        assertThat(issued.mailFailed()).isTrue();
        assertThat(issued.emailedTo()).isNull();
        assertThat(invitations.list(project)).extracting(InvitationSummary::id, InvitationSummary::email,
                        InvitationSummary::status)
                .containsExactly(tuple(issued.id(), "wendy@example.com",
                        InvitationStatus.OPEN));
        assertThat(jdbc.queryForObject("select count(*) from project_invitation where project_id = ?", Integer.class,
                project.value())).isEqualTo(1);
        Actors.create(context, "Wendy Writer").signIn();
        assertThat(invitations.accept(issued.path().substring("join/".length())))
                .isEqualTo(new JoinedProject(project, false));
    }

    private static MimeMessage onlyMessage() {
        var messages = MAIL.getReceivedMessages();
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    private static String body(MimeMessage mail) throws Exception {
        assertThat(mail.getContent()).isInstanceOf(String.class);
        return (String) mail.getContent();
    }
}
