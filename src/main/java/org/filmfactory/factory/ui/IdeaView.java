package org.filmfactory.factory.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Locale;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.Idea;
import org.filmfactory.factory.IdeaRefused;
import org.filmfactory.factory.IdeaWriting;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.PromptTemplates;
import org.filmfactory.factory.WrittenScript;
import org.filmfactory.platform.InvalidInput;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ProjectSummary;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;
import org.filmfactory.screenplay.ScreenplayNavigation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "New film from an idea": a logline, language, length, genre and tone and platform; the studio writes the
 * screenplay into a new project (or one of the person's projects they write for) and opens it in the script editor,
 * and, when asked and the studio can, goes on to Make film. The prompt templates sit below the form: a new project's
 * start as the studio's defaults for the language and may be edited before writing; a chosen project's are its own,
 * saved for it. Without a chat backend the screen only says which settings to set.
 *
 * <p>The backend writes for up to a few minutes, off the UI thread (with the person's sign-in); the form stays as
 * typed whatever happens.
 */
@Route("idea")
@Menu(title = "factory.idea.menu", order = 5, icon = "vaadin:lightbulb")
@PermitAll
class IdeaView extends Div implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(IdeaView.class);
    /** The lengths offered, in seconds, from {@link IdeaWriting#MIN_LENGTH} to {@link IdeaWriting#MAX_LENGTH}. */
    static final java.util.List<Integer> LENGTHS = java.util.List.of(15, 20, 30, 45, 60, 75, 90, 120, 150, 180);

    private final IdeaWriting writing;
    private final ProjectManagement projects;
    private final ObjectProvider<Factory> factory;
    private final Translations translations;

    private final Select<ProjectSummary> target = new Select<>();
    private final TextField name = new TextField();
    private final TextArea logline = new TextArea();
    private final Select<ScriptLanguage> language = new Select<>();
    private final Select<Integer> length = new Select<>();
    private final TextField tone = new TextField();
    private final Select<PlatformTarget> platform = new Select<>();
    private final Checkbox makeFilm = new Checkbox();
    private final Button write = new Button();
    private final ProgressBar busy = new ProgressBar();
    private final Span status = new Span();
    private final TextArea system = new TextArea();
    private final TextArea user = new TextArea();
    private final Span templateNote = new Span();
    private final Button saveTemplates = new Button();
    private final Button resetTemplates = new Button();

    IdeaView(IdeaWriting writing, ProjectManagement projects, ObjectProvider<Factory> factory,
            Translations translations) {
        this.writing = writing;
        this.projects = projects;
        this.factory = factory;
        this.translations = translations;
        addClassName("studio-page");
        setId("idea-view");
        add(new H2(getTranslation("factory.idea.title")), new Paragraph(getTranslation("factory.idea.intro")));
        if (!writing.available()) {
            var settings = new UnorderedList();
            IdeaWriting.SETTINGS.forEach(setting -> settings.add(new ListItem(setting)));
            var explanation = new Div(new Paragraph(getTranslation("factory.idea.not-configured")), settings);
            explanation.setId("idea-not-configured");
            add(explanation);
            return;
        }
        add(form(), templates());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (writing.available()) {
            var writable = projects.mine().stream().filter(p -> !p.archived()
                    && (p.myRole() == ProjectRole.OWNER || p.myRole() == ProjectRole.WRITER)).toList();
            var chosen = target.getValue();
            target.setItems(writable);
            target.setValue(chosen == null ? null
                    : writable.stream().filter(p -> p.id().equals(chosen.id())).findFirst().orElse(null));
        }
    }

    private FormLayout form() {
        target.setId("idea-target");
        target.setLabel(getTranslation("factory.idea.target"));
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption(getTranslation("factory.idea.target.new"));
        target.setItemLabelGenerator(p -> p == null ? getTranslation("factory.idea.target.new") : p.name());
        target.addValueChangeListener(e -> targetChosen(e.getValue()));
        name.setId("idea-name");
        name.setLabel(getTranslation("factory.idea.name"));
        name.setHelperText(getTranslation("factory.idea.name.help"));
        name.setMaxLength(120);
        logline.setId("idea-logline");
        logline.setLabel(getTranslation("factory.idea.logline"));
        logline.setMaxLength(IdeaWriting.MAX_LOGLINE);
        logline.setRequired(true);
        language.setId("idea-language");
        language.setLabel(getTranslation("factory.idea.language"));
        language.setItems(ScriptLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.name().toLowerCase(Locale.ROOT)));
        language.setValue(Translations.CHINESE.getLanguage().equals(getLocale().getLanguage()) ? ScriptLanguage.ZH
                : ScriptLanguage.EN);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && target.getValue() == null) {
                showTemplates(writing.defaultTemplates(e.getValue()), true, false);
            }
        });
        length.setId("idea-length");
        length.setLabel(getTranslation("factory.idea.length"));
        length.setHelperText(getTranslation("factory.idea.length.help"));
        // A choice of lengths rather than a number field: the studio's client bundle has no number field (issue 14).
        length.setItems(LENGTHS);
        length.setItemLabelGenerator(seconds -> getTranslation("factory.idea.length.seconds", seconds));
        length.setValue(60);
        tone.setId("idea-tone");
        tone.setLabel(getTranslation("factory.idea.tone"));
        tone.setMaxLength(IdeaWriting.MAX_TONE);
        platform.setId("idea-platform");
        platform.setLabel(getTranslation("factory.idea.platform"));
        platform.setItems(PlatformTarget.values());
        platform.setItemLabelGenerator(p -> getTranslation("render.platform." + p.name().toLowerCase(Locale.ROOT)));
        platform.setValue(language.getValue() == ScriptLanguage.ZH ? PlatformTarget.DOUYIN : PlatformTarget.TIKTOK);
        makeFilm.setId("idea-make");
        makeFilm.setLabel(getTranslation("factory.idea.make-film"));
        // Make film is another part of the factory; where this build has none, the choice is simply not offered.
        makeFilm.setVisible(factory.getIfAvailable() != null);
        write.setId("idea-write");
        write.setText(getTranslation("factory.idea.write"));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.addClickListener(e -> write());
        busy.setIndeterminate(true);
        busy.setVisible(false);
        status.setId("idea-status");
        var form = new FormLayout(target, name, logline, language, length, tone, platform, makeFilm,
                new HorizontalLayout(write), busy, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("640px");
        showTemplates(writing.defaultTemplates(language.getValue()), true, false);
        return form;
    }

    private Details templates() {
        system.setId("idea-system");
        system.setLabel(getTranslation("factory.idea.templates.system"));
        system.setMaxLength(PromptTemplates.MAX_LENGTH);
        system.setWidthFull();
        user.setId("idea-user");
        user.setLabel(getTranslation("factory.idea.templates.user"));
        user.setMaxLength(PromptTemplates.MAX_LENGTH);
        user.setHelperText(getTranslation("factory.idea.templates.placeholders"));
        user.setWidthFull();
        templateNote.setId("idea-templates-note");
        saveTemplates.setId("idea-templates-save");
        saveTemplates.setText(getTranslation("factory.idea.templates.save"));
        saveTemplates.addClickListener(e -> saveTemplates());
        resetTemplates.setId("idea-templates-reset");
        resetTemplates.setText(getTranslation("factory.idea.templates.reset"));
        resetTemplates.addClickListener(e -> resetTemplates());
        var content = new Div(templateNote, system, user, new HorizontalLayout(saveTemplates, resetTemplates));
        content.setMaxWidth("900px");
        var details = new Details(getTranslation("factory.idea.templates"), content);
        details.setId("idea-templates");
        return details;
    }

    private void targetChosen(@Nullable ProjectSummary project) {
        name.setVisible(project == null);
        language.setReadOnly(project != null);
        if (project == null) {
            showTemplates(writing.defaultTemplates(language.getValue()), true, false);
            status.setText("");
        } else {
            language.setValue(project.language());
            showTemplates(writing.templates(project.id()), true, true);
            status.setText(getTranslation("factory.idea.replaces"));
        }
    }

    private void showTemplates(PromptTemplates templates, boolean editable, boolean saved) {
        system.setValue(templates.system());
        user.setValue(templates.user());
        system.setReadOnly(!editable);
        user.setReadOnly(!editable);
        system.setInvalid(false);
        user.setInvalid(false);
        saveTemplates.setVisible(saved);
        resetTemplates.setVisible(saved);
        templateNote.setText(getTranslation(templates.edited() ? "factory.idea.templates.edited"
                : "factory.idea.templates.defaults"));
    }

    private void saveTemplates() {
        var project = target.getValue();
        if (project == null) {
            return;
        }
        try {
            showTemplates(writing.saveTemplates(project.id(), system.getValue(), user.getValue()), true, true);
            Notices.success(getTranslation("factory.idea.templates.saved"));
        } catch (IdeaRefused refused) {
            showBeside(refused.field().equals("system") ? system : user, refused);
        }
    }

    private void resetTemplates() {
        var project = target.getValue();
        if (project != null) {
            showTemplates(writing.resetTemplates(project.id()), true, true);
        }
    }

    private void write() {
        for (var field : new HasValidation[] {logline, language, length, tone, name, system, user}) {
            field.setInvalid(false);
        }
        var seconds = length.getValue();
        var idea = new Idea(logline.getValue(), language.getValue(),
                Duration.ofSeconds(seconds == null ? 0 : seconds), tone.getValue(), platform.getValue());
        var project = target.getValue();
        var newName = name.getValue();
        var templates = new PromptTemplates(system.getValue(), user.getValue(), false);
        boolean thenMake = makeFilm.isVisible() && makeFilm.getValue();
        var ui = UI.getCurrent();
        var signedIn = SecurityContextHolder.getContext();
        write.setEnabled(false);
        busy.setVisible(true);
        status.setText(getTranslation("factory.idea.writing"));
        // A platform thread, not a virtual one: virtual threads share one carrier per core with the studio's native
        // work (voices, FFmpeg), which holds its carrier for the whole call, and the person must hear back in time.
        Thread.ofPlatform().daemon().name("idea-writing").start(() -> {
            SecurityContextHolder.setContext(signedIn);
            try {
                var written = project == null ? writing.writeNewFilm(newName, idea, templates)
                        : writing.write(project.id(), idea);
                String makeFailure = null;
                if (thenMake) {
                    makeFailure = makeFilm(written, ui.getLocale());
                }
                var failure = makeFailure;
                ui.access(() -> written(written, failure));
            } catch (UserFacingException refused) {
                ui.access(() -> refused(refused));
            } catch (UIDetachedException gone) {
                // The screen was closed meanwhile: the script is written, there is nothing to show.
            } catch (RuntimeException | Error unexpected) {
                // The studio's error handler tells the person; the form is theirs again either way.
                ui.access(() -> {
                    done();
                    throw unexpected;
                });
                if (unexpected instanceof Error error) {
                    throw error;
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /** Starts Make film when the studio has it; the translated reason when it refuses, else null. */
    private @Nullable String makeFilm(WrittenScript written, Locale locale) {
        var maker = factory.getIfAvailable();
        if (maker == null) {
            return null;
        }
        try {
            maker.makeFilm(written.project(), MakeOptions.DEFAULT);
            return null;
        } catch (UserFacingException refused) {
            return translations.translate(locale, refused.messageKey(), refused.arguments());
        }
    }

    private void written(WrittenScript written, @Nullable String makeFailure) {
        done();
        Notices.success(getTranslation("factory.idea.written", written.estimatedLength().toMillis() / 1000.0,
                written.model(), written.promptTokens(), written.completionTokens(), written.cost().toPlainString()));
        if (makeFilm.isVisible() && makeFilm.getValue()) {
            if (makeFailure == null) {
                Notices.success(getTranslation("factory.idea.make-started"));
            } else {
                Notices.error(makeFailure);
            }
        }
        LOG.debug("Opening the written script of {}", written.project());
        getUI().ifPresent(ui -> ui.navigate(ScreenplayNavigation.toScript(written.project())));
    }

    private void refused(UserFacingException refused) {
        done();
        if (refused instanceof InvalidInput invalid) {
            HasValidation field = switch (invalid.field()) {
                case "length" -> length;
                case "tone" -> tone;
                case "name" -> name;
                case "language" -> language;
                case "system" -> system;
                case "user" -> user;
                default -> logline;
            };
            showBeside(field, invalid);
            return;
        }
        var text = translations.translate(getLocale(), refused.messageKey(), refused.arguments());
        status.setText(text);
        Notices.error(text);
    }

    private void done() {
        write.setEnabled(true);
        busy.setVisible(false);
        status.setText(target.getValue() == null ? "" : getTranslation("factory.idea.replaces"));
    }

    private void showBeside(HasValidation field, UserFacingException refused) {
        field.setErrorMessage(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("factory.idea.title");
    }
}
