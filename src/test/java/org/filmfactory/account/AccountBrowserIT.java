package org.filmfactory.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.FreePorts;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts in a real browser against a studio with SMTP (GreenMail): the header greets by name, the password is
 * changed on the profile page, a forgotten one is reset through the link in the e-mail, errors show inside the studio
 * frame with the way back, and times appear in the browser's own time zone.
 */
class AccountBrowserIT {

    static final int SMTP_PORT = FreePorts.next();
    static final String PUBLIC_URL = "https://films.example.org/";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "(reset-password/[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a brand new secret";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static StudioNodes studio;
    static Chromium chromium;

    @BeforeAll
    static void start() {
        studio = new StudioNodes(1).start("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                "--filmfactory.account.public-url=" + PUBLIC_URL);
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        studio.close();
    }

    @Test
    void headerShowsTheNameAndFollowsAChange() {
        var person = Actors.create(studio.node(0), "Hanna Header");
        var page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), person.email(), Actors.PASSWORD);
        assertThat(page.locator("#signed-in-name").textContent()).isEqualTo("Hanna Header");

        page.navigate(studio.url(0) + "profile");
        page.locator("#profile-name input").fill("Hanna H. Header");
        page.locator("#profile-save").click();

        page.waitForCondition(() -> "Hanna H. Header".equals(page.locator("#signed-in-name").textContent()));
        page.reload();
        assertThat(page.locator("#signed-in-name").textContent()).isEqualTo("Hanna H. Header");
    }

    @Test
    void passwordIsChangedOnTheProfileWithTheCurrentOne() {
        var person = Actors.create(studio.node(0), "Paula Password");
        var page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), person.email(), Actors.PASSWORD);
        page.navigate(studio.url(0) + "profile");

        page.locator("#profile-current-password input").fill("not my password");
        page.locator("#profile-new-password input").fill(NEW_PASSWORD);
        page.locator("#profile-change-password").click();
        page.waitForCondition(() -> page.locator("#profile-current-password[invalid]").count() == 1);
        assertThat(page.locator("#profile-current-password").textContent())
                .contains("That is not your current password.");

        page.locator("#profile-current-password input").fill(Actors.PASSWORD);
        page.locator("#profile-change-password").click();
        page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Your password was changed.")).waitFor();

        var again = chromium.newUser();
        refusedSignIn(again, person.email(), Actors.PASSWORD);
        Chromium.signIn(again, studio.url(0), person.email(), NEW_PASSWORD);
    }

    @Test
    void forgottenPasswordIsResetThroughTheLinkInTheMailOnce() throws Exception {
        var person = Actors.create(studio.node(0), "Fred Forgetful");
        var page = chromium.newUser();
        page.navigate(studio.url(0) + "login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forgot password?")).click();
        page.locator("#forgot-email input").fill(person.email());
        page.locator("#forgot-send").click();
        page.waitForCondition(() -> page.locator("#forgot-answer").textContent().startsWith("If an account exists"));
        assertThat(page.locator("#forgot-answer").textContent()).isEqualTo("If an account exists for "
                + person.email() + ", a link to choose a new password is on its way. It works once, within 60 minutes.");

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        var body = (String) MAIL.getReceivedMessages()[0].getContent();
        var links = LINK.matcher(body).results().map(m -> m.group(1)).toList();
        assertThat(links).hasSize(1);
        var path = links.getFirst();

        var reset = chromium.newUser();
        reset.navigate(studio.url(0) + path);
        reset.locator("#reset-password input").fill(NEW_PASSWORD);
        reset.locator("#reset-save").click();
        reset.locator("#reset-done").waitFor();
        reset.locator("#reset-sign-in").click();
        Chromium.signIn(reset, studio.url(0), person.email(), NEW_PASSWORD);

        var second = chromium.newUser();
        second.navigate(studio.url(0) + path);
        assertThat(second.locator("#reset-invalid").textContent()).startsWith("This link no longer works");
        assertThat(second.locator("#reset-password").count()).isZero();
    }

    @Test
    void unknownAddressGetsTheSameAnswerAndNoMail() {
        var page = chromium.newUser();
        page.navigate(studio.url(0) + "forgot-password");
        page.locator("#forgot-email input").fill("nobody-here@example.com");
        page.locator("#forgot-send").click();
        page.waitForCondition(() -> page.locator("#forgot-answer").textContent().startsWith("If an account exists"));

        assertThat(page.locator("#forgot-answer").textContent()).isEqualTo("If an account exists for "
                + "nobody-here@example.com, a link to choose a new password is on its way. It works once, within 60 minutes.");
        assertThat(MAIL.waitForIncomingEmail(1_000, 1)).isFalse();
    }

    @Test
    void unknownAddressesAndRefusedScreensShowInsideTheStudioFrameWithTheWayBack() {
        var person = Actors.create(studio.node(0), "Lost Larry");
        var page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), person.email(), Actors.PASSWORD);

        for (var address : new String[] {"nonexistent", "projects/x/whatever", "profile/extra/parts"}) {
            page.navigate(studio.url(0) + address);
            assertThat(page.locator("#studio-error").getAttribute("data-kind")).as(address).isEqualTo("not-found");
            assertThat(page.locator("#studio-error-text").textContent())
                    .isEqualTo("There is no page at this address. It may have moved, or the link may be wrong.");
            assertThat(page.locator("#signed-in-name").textContent()).isEqualTo("Lost Larry");
        }

        page.navigate(studio.url(0) + "test-closed-door");
        assertThat(page.locator("#studio-error").getAttribute("data-kind")).isEqualTo("denied");
        assertThat(page.locator("#signed-in-name").textContent()).isEqualTo("Lost Larry");

        assertThat(page.locator("#studio-error-text").textContent())
                .isEqualTo("You cannot open this page with your account.");

        page.locator("#studio-error-back").click();
        page.locator("#project-list").waitFor();
        assertThat(page.url()).isEqualTo(studio.url(0));
    }

    @Test
    void failuresOutsideTheStudiosScreensGetTheStudiosPageNotSpringsWhitelabel() {
        var person = Actors.create(studio.node(0), "Wanda Whitelabel");
        var page = chromium.newUser();
        Chromium.signIn(page, studio.url(0), person.email(), Actors.PASSWORD);

        var missing = page.navigate(studio.url(0) + "VAADIN/no-such-file.js");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.locator("#studio-error-static h2").first().textContent()).isEqualTo("This address cannot be opened");
        assertThat(page.content()).doesNotContain("Whitelabel");
        page.locator("#studio-error-back").click();
        page.locator("#project-list").waitFor();
    }

    @Test
    void unknownAddressIsInChineseForAChineseBrowser() {
        var person = Actors.create(studio.node(0), "Li Lost");
        var page = chromium.newUser("zh-CN");
        Chromium.signIn(page, studio.url(0), person.email(), Actors.PASSWORD);

        page.navigate(studio.url(0) + "nonexistent");

        assertThat(page.locator("#studio-error-text").textContent()).isEqualTo("此地址没有页面。页面可能已移动，或链接有误。");
        assertThat(page.locator("#studio-error-back").textContent()).isEqualTo("返回我的项目");
    }

    @Test
    void invitationExpiryIsShownInTheBrowsersTimeZone() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Tina Timezone").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Time Zones", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        node.getBean(InvitationService.class).invite(project, ProjectRole.WRITER, null);
        var expires = node.getBean(InvitationService.class).list(project).getFirst().expiresAt();
        Actors.signOut();

        for (var zone : new String[] {"Asia/Shanghai", "America/Los_Angeles"}) {
            var context = chromium.newUser().context().browser().newContext(new Browser.NewContextOptions()
                    .setLocale("en-US").setTimezoneId(zone).setViewportSize(1280, 900));
            var page = context.newPage();
            Chromium.signIn(page, studio.url(0), owner.email(), Actors.PASSWORD);
            page.navigate(studio.url(0) + "projects/" + project);
            page.locator("#invitation-list").waitFor();

            var local = ZonedDateTime.ofInstant(expires, ZoneId.of(zone));
            var hour = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
            var expected = local.getMonthValue() + "/" + local.getDayOfMonth() + "/" + local.getYear() % 100 + ", "
                    + hour + ":" + String.format("%02d", local.getMinute()) + "\u202f" + (local.getHour() < 12 ? "AM" : "PM");
            assertThat(page.locator("#invitation-list").textContent()).as(zone).contains(expected).doesNotContain("UTC");
            context.close();
        }
    }

    private void refusedSignIn(Page page, String email, String password) {
        page.navigate(studio.url(0) + "login");
        page.locator("vaadin-text-field[name='username'] input").fill(email);
        page.locator("vaadin-password-field[name='password'] input").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForCondition(() -> page.url().contains("login?error"));
    }
}
