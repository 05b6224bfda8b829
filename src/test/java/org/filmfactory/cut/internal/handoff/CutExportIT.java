package org.filmfactory.cut.internal.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.HttpMember;
import org.filmfactory.testsupport.Actors.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cut's hand-off files over real HTTP, as the download buttons fetch them: a member gets each as an attachment
 * named after the project; someone from another project, a forged id and a signed-out browser get nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CutExportIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectManagement projects;

    ProjectId project;
    Actor viewer;
    Actor stranger;

    @BeforeEach
    void aProject() {
        var owner = Actors.create(context, "Olga Owner").signIn();
        project = projects.create(new NewProject("雨城 Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vic Viewer");
        stranger = Actors.create(context, "Sam Stranger").signIn();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void aMemberDownloadsEachExportUnderTheProjectsName() throws Exception {
        var browser = signedIn(viewer);

        var otio = browser.get("/projects/" + project + "/cut/export.otio");
        var edl = browser.get("/projects/" + project + "/cut/export.edl");
        var srt = browser.get("/projects/" + project + "/cut/export.srt");

        assertThat(otio.statusCode()).isEqualTo(200);
        assertThat(otio.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(otio.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=").endsWith("; filename*=UTF-8''"
                        + URLEncoder.encode("雨城 Rain City cut.otio", StandardCharsets.UTF_8).replace("+", "%20"));
        var timeline = JsonMapper.builder().build().readTree(otio.body());
        assertThat(timeline.get("OTIO_SCHEMA").asString()).isEqualTo("Timeline.1");
        assertThat(timeline.get("name").asString()).isEqualTo("雨城 Rain City");
        assertThat(edl.statusCode()).isEqualTo(200);
        assertThat(edl.headers().firstValue("Content-Type")).contains("text/plain;charset=US-ASCII");
        assertThat(new String(edl.body(), StandardCharsets.US_ASCII))
                .startsWith("TITLE: _ Rain City\nFCM: NON-DROP FRAME\n");
        assertThat(edl.headers().firstValue("Content-Disposition").orElseThrow())
                .endsWith("cut.edl");
        assertThat(srt.statusCode()).isEqualTo(200);
        assertThat(srt.headers().firstValue("Content-Type")).contains("application/x-subrip;charset=UTF-8");
        assertThat(srt.headers().firstValue("Content-Disposition").orElseThrow()).endsWith("cut.srt");
    }

    @Test
    void someoneFromAnotherProjectAndForgedAddressesGetNothing() throws Exception {
        var browser = signedIn(stranger);
        var member = signedIn(viewer);

        for (var format : new String[] {"otio", "edl", "srt"}) {
            var response = browser.get("/projects/" + project + "/cut/export." + format);
            assertThat(response.statusCode()).as(format).isEqualTo(403);
            assertThat(response.body()).as(format).isEmpty();
        }
        assertThat(member.get("/projects/not-a-project/cut/export.otio").statusCode()).isEqualTo(403);
        assertThat(member.get("/projects/" + project + "/cut/export.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedOutBrowserGetsNoExport() throws Exception {
        var response = HttpMember.anonymous(base()).get("/projects/" + project + "/cut/export.otio");

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("Timeline.1");
    }

    private HttpMember signedIn(Actor actor) throws IOException, InterruptedException {
        return HttpMember.signIn(base(), actor);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

}
