package org.filmfactory.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without a chat backend configured, writing from an idea is refused with what to configure, and nothing is made. */
@StudioTest
class IdeaWritingUnconfiguredIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    IdeaWriting writing;
    @Autowired
    ProjectManagement projects;
    @Autowired
    ScriptEditing editing;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void explainsWhatToConfigureAndMakesNothing() {
        Actors.create(context, "Nina Nobackend").signIn();
        var project = projects.create(new NewProject("Quiet", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var idea = new Idea("A lighthouse keeper finds a message in a bottle.", ScriptLanguage.EN,
                Duration.ofSeconds(45), "", PlatformTarget.YOUTUBE_SHORTS);

        assertThat(writing.available()).isFalse();
        assertThatExceptionOfType(ChatNotConfigured.class).isThrownBy(() -> writing.write(project, idea))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("factory.idea.error.not-configured");
                    assertThat(e.arguments()).containsExactly("filmfactory.factory.chat.base-url",
                            "filmfactory.factory.chat.model", "filmfactory.factory.chat.api-key");
                });
        assertThatExceptionOfType(ChatNotConfigured.class).isThrownBy(() -> writing.writeNewFilm("", idea, null));
        assertThat(projects.mine()).extracting(p -> p.name()).containsExactly("Quiet");
        assertThat(editing.open(project).text()).isEmpty();
        assertThat(writing.written(project)).isEmpty();
    }
}
