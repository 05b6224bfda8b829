package org.filmfactory.cut.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.filmfactory.cut.CastVoice;
import org.filmfactory.cut.Cuts;
import org.filmfactory.cut.DialogueLine;
import org.filmfactory.cut.Music;
import org.filmfactory.cut.TimedLine;
import org.filmfactory.cut.VoiceOption;
import org.filmfactory.cut.Voices;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.ProjectShell;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

/**
 * The sound of the film: the cast with a voice picker per character (editors and owners change it, everyone else
 * sees it) and a button to listen to the character's first line in that voice; the dialogue, line by line, with a
 * recording to upload instead of the made voice and a flag on lines longer than their shot in the current cut. The
 * music panel goes into the marked slot below.
 */
@Route(value = SoundView.ROUTE, layout = ProjectShell.class)
@PermitAll
class SoundView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "sound";

    /** One dialogue line as the screen shows it. */
    record LineRow(DialogueLine line, boolean overrun) {
    }

    private final Voices voices;
    private final Music music;
    private final ObjectProvider<Cuts> cuts;
    private final ProjectAccess access;
    private final Translations translations;
    private final DataSize uploadLimit;
    private final H2 title = new H2();
    private final Grid<CastVoice> cast = new Grid<>();
    private final Grid<LineRow> lines = new Grid<>();
    private final Span overruns = new Span();
    private final Span empty = new Span();
    private final Element audio = new Element("audio");
    private final Div musicSlot = new Div();
    private List<VoiceOption> options = List.of();
    private boolean mayEdit;
    /** Counts the overrun checks started, so a slow one does not overwrite a later one. */
    private int checks;
    private @Nullable ProjectId projectId;

    SoundView(Voices voices, Music music, ObjectProvider<Cuts> cuts, ProjectAccess access, Translations translations,
            MediaSettings media) {
        this.voices = voices;
        this.music = music;
        this.cuts = cuts;
        this.access = access;
        this.translations = translations;
        this.uploadLimit = media.maxUpload();
        setId("sound-view");
        addClassNames("studio-page", "sound-view");
        cast.setId("sound-cast");
        cast.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        cast.setAllRowsVisible(true);
        cast.addColumn(CastVoice::character).setHeader(getTranslation("cut.sound.character")).setAutoWidth(true);
        cast.addComponentColumn(this::picker).setHeader(getTranslation("cut.sound.voice")).setFlexGrow(1);
        cast.addComponentColumn(this::listen).setAutoWidth(true).setFlexGrow(0);
        audio.setAttribute("id", "sound-sample");
        audio.setAttribute("controls", true);
        audio.setAttribute("preload", "none");
        lines.setId("sound-lines");
        lines.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setAllRowsVisible(true);
        lines.addColumn(row -> row.line().character()).setHeader(getTranslation("cut.sound.character"))
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(row -> row.line().text()).setHeader(getTranslation("cut.sound.line")).setFlexGrow(1);
        lines.addComponentColumn(this::state).setAutoWidth(true).setFlexGrow(0);
        lines.addComponentColumn(this::uploadButton).setAutoWidth(true).setFlexGrow(0);
        overruns.setId("sound-overruns");
        empty.setId("sound-empty");
        // The music panel goes here once the project is known (beforeEnter).
        musicSlot.setId("music-slot");
        var player = new Div();
        player.getElement().appendChild(audio);
        add(title, new H3(getTranslation("cut.sound.cast")), empty, cast, player,
                new H3(getTranslation("cut.sound.lines")), overruns, lines, musicSlot);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            projectId = id;
            title.setText(getTranslation("cut.sound.title"));
            mayEdit = access.can(id, Permission.EDIT_CUT);
            options = voices.options(id);
            musicSlot.removeAll();
            musicSlot.add(new MusicPanel(music, access, translations, getLocale(), id,
                    () -> cuts.getObject().current(id), uploadLimit));
            reload();
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    private void reload() {
        var id = projectId;
        if (id == null) {
            return;
        }
        var castVoices = voices.cast(id);
        cast.setItems(castVoices);
        cast.setVisible(!castVoices.isEmpty());
        empty.setText(castVoices.isEmpty() ? getTranslation("cut.sound.no-dialogue") : "");
        var dialogue = voices.lines(id);
        showLines(dialogue, Set.of());
        overruns.setText("");
        checkOverruns(id, dialogue);
    }

    private void showLines(List<DialogueLine> dialogue, Set<String> over) {
        lines.setItems(dialogue.stream().map(line -> new LineRow(line, over.contains(line.lineKey()))).toList());
    }

    /**
     * Places the dialogue in the current cut on a thread of its own (the first time it makes every line's voice,
     * seconds for a long script, which must not hold the screen) and then flags the lines that run past their clip.
     * Only the latest check shows.
     */
    private void checkOverruns(ProjectId id, List<DialogueLine> dialogue) {
        var edits = cuts.getIfAvailable();
        var ui = UI.getCurrent();
        if (edits == null || ui == null) {
            return;
        }
        int check = ++checks;
        var signedIn = SecurityContextHolder.getContext();
        Thread.ofPlatform().daemon().name("sound-timing").start(() -> {
            SecurityContextHolder.setContext(signedIn);
            try {
                var over = voices.timedLines(id, edits.current(id)).stream().filter(TimedLine::overrun)
                        .map(TimedLine::lineKey).collect(Collectors.toCollection(HashSet::new));
                ui.access(() -> {
                    if (check == checks) {
                        showLines(dialogue, over);
                        overruns.setText(getTranslation("cut.sound.overruns", over.size()));
                    }
                });
            } catch (UserFacingException refused) {
                ui.access(() -> Notices.error(
                        translations.translate(ui.getLocale(), refused.messageKey(), refused.arguments())));
            } catch (UIDetachedException gone) {
                // The screen was closed meanwhile: nothing to show.
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private ComboBox<VoiceOption> picker(CastVoice voice) {
        var picker = new ComboBox<VoiceOption>();
        picker.addClassName("voice-picker");
        picker.getElement().setAttribute("data-character", voice.character());
        picker.setAriaLabel(getTranslation("cut.sound.voice") + " " + voice.character());
        picker.setItems(options);
        picker.setItemLabelGenerator(this::label);
        picker.setWidthFull();
        Map<String, VoiceOption> byId = options.stream()
                .collect(Collectors.toMap(VoiceOption::id, Function.identity(), (a, b) -> a));
        picker.setValue(byId.get(voice.voice()));
        if (!voice.chosen()) {
            picker.setHelperText(getTranslation("cut.sound.default"));
        }
        picker.setReadOnly(!mayEdit);
        picker.addValueChangeListener(change -> {
            var id = projectId;
            if (!change.isFromClient() || id == null || change.getValue() == null) {
                return;
            }
            try {
                voices.choose(id, voice.character(), change.getValue().id());
                Notices.success(getTranslation("cut.sound.voice-changed", voice.character(), label(change.getValue())));
            } catch (UserFacingException refused) {
                Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            }
            reload();
        });
        return picker;
    }

    private String label(VoiceOption option) {
        return getTranslation("cut.voice.engine." + option.engine()) + " · " + option.label();
    }

    private Button listen(CastVoice voice) {
        var button = new Button(getTranslation("cut.sound.listen"), click -> {
            var id = projectId;
            if (id == null) {
                return;
            }
            try {
                var key = voices.sample(id, voice.character());
                audio.setAttribute("src", "/media/" + key.path());
                audio.callJsFunction("play");
            } catch (UserFacingException refused) {
                Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            }
        });
        button.addClassName("voice-listen");
        button.getElement().setAttribute("data-character", voice.character());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Span state(LineRow row) {
        var state = new Span(getTranslation(row.line().recording() != null ? "cut.sound.recorded" : "cut.sound.made"));
        state.getElement().getThemeList().add("badge");
        if (row.overrun()) {
            var flag = new Span(getTranslation("cut.sound.overrun"));
            flag.addClassName("line-overrun");
            flag.getElement().getThemeList().add("badge error");
            return new Span(state, flag);
        }
        return state;
    }

    private Button uploadButton(LineRow row) {
        var button = new Button(getTranslation("cut.sound.upload"), click -> openUpload(row.line()));
        button.addClassName("line-upload");
        button.getElement().setAttribute("data-line", row.line().lineKey());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setVisible(mayEdit);
        return button;
    }

    private void openUpload(DialogueLine line) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(line.character() + ": " + line.text());
        var error = new Span();
        error.addClassName("line-upload-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        var upload = new Upload(event -> receive(event, line, dialog, error));
        upload.setId("line-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploadLimit.toBytes()));
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("cut.sound.upload")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("cut.sound.too-large", uploadLimit.toBytes() / (1024 * 1024))));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> error.setText(rejected.getErrorMessage()));
        dialog.add(upload, error);
        dialog.open();
    }

    /** Runs on the upload's own request, without the UI lock; the voices probe the file before keeping anything. */
    private void receive(UploadEvent event, DialogueLine line, Dialog dialog, Span error) throws IOException {
        var ui = event.getUI();
        var id = projectId;
        if (id == null) {
            return;
        }
        String failure = null;
        try (var in = event.getInputStream()) {
            voices.uploadLine(id, line.lineKey(), event.getFileName(), in, event.getFileSize());
        } catch (UserFacingException refused) {
            failure = translations.translate(ui.getLocale(), refused.messageKey(), refused.arguments());
        }
        var message = failure;
        ui.access(() -> {
            if (message != null) {
                error.setText(message);
                Notices.error(message);
            } else {
                dialog.close();
                Notices.success(getTranslation("cut.sound.uploaded", line.character()));
                reload();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cut.sound.title");
    }
}
