package org.filmfactory.take.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.take.internal.settings.BackendChange;
import org.filmfactory.take.internal.settings.BudgetPeriod;
import org.filmfactory.take.internal.settings.GenerationSetup;
import org.filmfactory.take.internal.settings.GenerationSetupChange;
import org.filmfactory.take.internal.settings.InvalidGenerationSetting;
import org.filmfactory.take.internal.settings.KeyChange;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StandaloneUi;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The owner's generation settings form over the real service: keys described, never shown; problems beside fields. */
@StudioTest
class GenerationSettingsFormIT {

    static final String KEY = "sk-form-0a1b2c3d4e5f7788";

    @Autowired
    ApplicationContext context;
    @Autowired
    GenerationSetup setup;
    @Autowired
    Translations translations;

    ProjectId project;
    GenerationSettingsForm form;

    @BeforeEach
    void owner() {
        UI ui = StandaloneUi.create(Locale.ENGLISH);
        Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Harbour", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        setup.save(project, new GenerationSetupChange("openai-images", "Ink wash", new BigDecimal("20.00"),
                BudgetPeriod.MONTH, "USD", List.of(new BackendChange("openai-images", "https://api.openai.com",
                        "gpt-image-1", new KeyChange.Replace(KEY), "", new BigDecimal("0.04"), BigDecimal.ZERO))));
        form = new GenerationSettingsForm(translations, Locale.ENGLISH);
        form.addSaveListener(save -> {
            try {
                setup.save(project, save.change());
                form.show(setup.show(project));
            } catch (InvalidGenerationSetting problem) {
                form.showProblem(problem);
            }
        });
        ui.add(form);
        form.show(setup.show(project));
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
        UI.setCurrent(null);
    }

    GenerationSettingsForm.BackendFields backend(String id) {
        return form.backendFields().stream().filter(b -> b.backendId.equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theStoredKeyIsOnlyDescribedAndSavingAgainKeepsIt() {
        var images = backend("openai-images");

        assertThat(images.keyState.getText()).isEqualTo("API key set ••••7788");
        assertThat(images.newKey.getValue()).isEmpty();
        assertThat(backend("video-jobs").keyState.getText()).isEqualTo("No API key set");

        images.model.setValue("gpt-image-1.5");
        assertThat(form.change().backends()).filteredOn(b -> b.backendId().equals("openai-images"))
                .singleElement().satisfies(b -> assertThat(b.key()).isEqualTo(new KeyChange.Keep()));
        assertThat(form.change().toString()).doesNotContain(KEY);
    }

    @Test
    void clearingTheKeySaysSoAndForgetsItOnSave() {
        var images = backend("openai-images");
        images.clearKey.click();
        assertThat(images.keyState.getText()).isEqualTo("The key will be cleared when you save");

        saveButton().click();

        assertThat(backend("openai-images").keyState.getText()).isEqualTo("No API key set");
        assertThat(setup.show(project).backends()).filteredOn(b -> b.backendId().equals("openai-images"))
                .singleElement().satisfies(b -> assertThat(b.keySet()).isFalse());
    }

    @Test
    void anInvalidWorkflowIsShownBesideItsFieldWithTheTextKept() {
        var before = setup.show(project);
        var comfy = backend("comfyui");
        comfy.options.setValue("{\"3\": {\"inputs\": }");

        saveButton().click();

        assertThat(comfy.options.isInvalid()).isTrue();
        assertThat(comfy.options.getErrorMessage()).isEqualTo("This is not valid JSON (line 1, column 18).");
        assertThat(comfy.options.getValue()).isEqualTo("{\"3\": {\"inputs\": }");
        assertThat(backend("openai-images").url.isInvalid()).isFalse();
        assertThat(setup.show(project)).isEqualTo(before);
    }

    @Test
    void anAddressThatIsNotHttpIsShownBesideItsField() {
        var video = backend("video-jobs");
        video.url.setValue("videos.example.com");

        saveButton().click();

        assertThat(video.url.isInvalid()).isTrue();
        assertThat(video.url.getErrorMessage())
                .isEqualTo("Enter the address of the server, starting with http:// or https:// (no query).");
    }

    com.vaadin.flow.component.button.Button saveButton() {
        return form.getChildren().filter(c -> c.getId().filter("generation-save"::equals).isPresent())
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst().orElseThrow();
    }
}
