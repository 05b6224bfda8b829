package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.filmfactory.account.UserDirectory;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.ApplicationRunner;
import org.springframework.test.context.TestPropertySource;

/** A fresh studio opens with a demo: one account per role, an English and a Chinese project, everyone on both. */
@StudioTest
@TestPropertySource(properties = "filmfactory.demo.enabled=true")
class DemoStudioIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDirectory directory;
    @Autowired
    ProjectManagement projects;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void demoAccountsEachHaveTheirRoleOnBothDemoProjects() {
        for (var role : ProjectRole.values()) {
            var email = role.name().toLowerCase(java.util.Locale.ROOT) + "@example.com";
            var profile = directory.findByEmail(email).orElseThrow();
            new Actors.Actor(profile.id(), email, profile.displayName(), context).signIn();
            var mine = projects.mine();
            assertThat(mine).extracting(ProjectSummary::name).containsExactlyInAnyOrder("Rain City", "茶馆 The Teahouse");
            assertThat(mine).allMatch(p -> p.myRole() == role && p.crewSize() == ProjectRole.values().length);
            assertThat(mine).extracting(ProjectSummary::language).containsExactlyInAnyOrder(ScriptLanguage.EN, ScriptLanguage.ZH);
        }
    }

    @Test
    void demoProjectsComeWithASampleScriptInTheirLanguage() {
        var writer = directory.findByEmail("writer@example.com").orElseThrow();
        new Actors.Actor(writer.id(), writer.email(), writer.displayName(), context).signIn();
        var scripts = context.getBean(org.filmfactory.screenplay.ScriptEditing.class);
        for (var project : projects.mine()) {
            var text = org.awaitility.Awaitility.await().pollInSameThread().until(() -> scripts.open(project.id()).text(), t -> !t.isEmpty());
            assertThat(text).startsWith(project.language() == ScriptLanguage.ZH ? "Title: 茶馆" : "Title: Rain City");
            assertThat(scripts.open(project.id()).editable()).isTrue();
        }
    }

    @Test
    void aSecondStartDoesNotCreateItAgain() throws Exception {
        for (var runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            runner.run(new DefaultApplicationArguments());
        }
        var owner = directory.findByEmail("owner@example.com").orElseThrow();
        new Actors.Actor(owner.id(), owner.email(), owner.displayName(), context).signIn();
        assertThat(projects.mine()).hasSize(2);
    }
}
