package org.filmfactory.cut.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Music;
import org.filmfactory.cut.MusicChoice;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

/**
 * The film's music, for the Sound screen: none, the built-in score (with "another tune" for a new seed) or an uploaded
 * track; its level under the voices; and a preview of the bed a render would put under the film. Editors and owners
 * change it; everyone else sees it. Every change goes straight to {@link Music}; a refusal is shown beside the
 * controls and the controls show what is stored.
 *
 * <p>Made by the Sound view with its beans: {@code new MusicPanel(music, access, translations, getLocale(), project,
 * () -> cuts.current(project), mediaSettings.maxUpload())}.
 */
public class MusicPanel extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(MusicPanel.class);

    private final Music music;
    private final Translations translations;
    private final Locale locale;
    private final ProjectId project;
    private final Supplier<CutSnapshot> cut;
    private final Executor background;
    /** Shown while a preview is being made: an indeterminate bar and what it is for. */
    final HorizontalLayout making = new HorizontalLayout();

    final Select<MusicChoice.Source> source = new Select<>();
    private final Span tune = new Span();
    final Button another;
    final NumberField gain = new NumberField();
    private final Span track = new Span();
    private final Upload upload;
    final Button preview;
    private final Element audio = new Element("audio");
    private final Span problem = new Span();
    private MusicChoice shown = MusicChoice.DEFAULT;
    private int previews;
    private boolean showing;

    public MusicPanel(Music music, ProjectAccess access, Translations translations, Locale locale, ProjectId project,
            Supplier<CutSnapshot> cut, DataSize maxUpload) {
        this(music, access, translations, locale, project, cut, maxUpload,
                task -> Thread.ofPlatform().daemon().name("music-preview").start(task));
    }

    /** {@code background} runs the making of a preview (a thread per preview in the studio). */
    MusicPanel(Music music, ProjectAccess access, Translations translations, Locale locale, ProjectId project,
            Supplier<CutSnapshot> cut, DataSize maxUpload, Executor background) {
        this.background = background;
        this.music = music;
        this.translations = translations;
        this.locale = locale;
        this.project = project;
        this.cut = cut;
        setId("music-panel");
        setPadding(false);

        source.setId("music-source");
        source.setLabel(t("cut.music.source"));
        source.setItems(MusicChoice.Source.values());
        source.setItemLabelGenerator(s -> t("cut.music.source." + s.name().toLowerCase(Locale.ROOT)));
        source.addValueChangeListener(e -> {
            if (!showing && e.isFromClient() && e.getValue() != null) {
                change(new MusicChoice(e.getValue(), shown.seed(), shown.track(), shown.gainDb()));
            }
        });

        tune.setId("music-tune");
        another = new Button(t("cut.music.another"), e -> change(
                new MusicChoice(MusicChoice.Source.SCORE, shown.seed() + 1, shown.track(), shown.gainDb())));
        another.setId("music-another");

        gain.setId("music-gain");
        gain.setLabel(t("cut.music.gain"));
        gain.setSuffixComponent(new Span(t("cut.music.db")));
        gain.setMin(-40);
        gain.setMax(6);
        gain.setStep(1);
        gain.setStepButtonsVisible(true);
        gain.addValueChangeListener(e -> {
            if (!showing && e.isFromClient() && e.getValue() != null) {
                change(new MusicChoice(shown.source(), shown.seed(), shown.track(), e.getValue()));
            }
        });

        track.setId("music-track");
        upload = new Upload(this::receive);
        upload.setId("music-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUpload.toBytes()));
        upload.setAcceptedFileTypes("audio/*", ".mp3", ".wav", ".m4a", ".aac", ".ogg", ".flac", ".webm");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("cut.music.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("cut.music.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(t("cut.music.upload.too-large", maxUpload.toBytes() / (1024 * 1024)))
                .setIncorrectFileType(t("cut.music.upload.type")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));

        preview = new Button(t("cut.music.preview"), e -> preview());
        preview.setId("music-preview");
        making.setId("music-making");
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("8em");
        making.add(new Span(t("cut.music.making")), bar);
        making.setAlignItems(Alignment.CENTER);
        making.setVisible(false);
        audio.setAttribute("id", "music-audio");
        audio.setAttribute("controls", true);
        audio.setAttribute("preload", "none");
        audio.getStyle().set("width", "100%");
        audio.setVisible(false);
        var player = new Div();
        player.getElement().appendChild(audio);

        problem.setId("music-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");

        var editable = access.can(project, Permission.EDIT_CUT);
        source.setReadOnly(!editable);
        gain.setReadOnly(!editable);
        another.setEnabled(editable);
        upload.setVisible(editable);

        add(new H3(t("cut.music.title")), new HorizontalLayout(source, gain), new HorizontalLayout(tune, another),
                track, upload, new HorizontalLayout(preview), making, player,
                problem);
        show(music.choice(project));
    }

    /** What the controls show (the stored choice). */
    MusicChoice shown() {
        return shown;
    }

    /** The bed the preview plays, as the {@code <audio>} element's address, or null when there is none. */
    @Nullable String previewSource() {
        return audio.isVisible() ? audio.getAttribute("src") : null;
    }

    String problem() {
        return problem.getText();
    }

    private void change(MusicChoice wanted) {
        try {
            music.choose(project, wanted);
            problem.setText("");
        } catch (UserFacingException refused) {
            showProblem(t(refused.messageKey(), refused.arguments()));
        }
        show(music.choice(project));
    }

    /**
     * Runs on the upload's own request without the UI lock (the signed-in person is known there): streams the file to
     * {@link Music#upload}, which probes it before keeping anything, then shows the outcome.
     */
    private void receive(UploadEvent event) throws IOException {
        var ui = event.getUI();
        String failure;
        try (var in = event.getInputStream()) {
            failure = receive(event.getFileName(), in, event.getFileSize());
        }
        var message = failure;
        ui.access(() -> {
            upload.clearFileList();
            afterUpload(message);
        });
    }

    /** Hands the file to the music; answers the refusal's text, or null when it was taken. */
    @Nullable String receive(String fileName, InputStream content, long size) {
        try {
            music.upload(project, fileName, content, size);
            return null;
        } catch (UserFacingException refused) {
            return t(refused.messageKey(), refused.arguments());
        }
    }

    void afterUpload(@Nullable String failure) {
        if (failure != null) {
            showProblem(failure);
        } else {
            problem.setText("");
            Notices.success(t("cut.music.upload.done"));
        }
        show(music.choice(project));
    }

    /**
     * Makes (or finds) the bed for the cut as it is now and puts it in the player. Making it renders the score (seconds
     * for a long cut), so it runs in the background, as the person who asked: the screen shows that it is being made
     * and answers everything else meanwhile; the outcome comes back through {@code ui.access}. Only the newest
     * preview asked for is shown.
     */
    void preview() {
        var ui = UI.getCurrent();
        var snapshot = cut.get();
        int asked = ++previews;
        making.setVisible(true);
        preview.setEnabled(false);
        problem.setText("");
        var signedIn = SecurityContextHolder.getContext();
        background.execute(() -> {
            var before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(signedIn);
            Optional<MediaKey> bed = Optional.empty();
            String failure = null;
            try {
                bed = music.bed(project, snapshot);
            } catch (UserFacingException refused) {
                failure = t(refused.messageKey(), refused.arguments());
            } catch (RuntimeException broken) {
                LOG.warn("No music preview for project {}", project, broken);
                failure = t("cut.music.preview-failed");
            } finally {
                SecurityContextHolder.setContext(before);
            }
            var made = bed;
            var refusal = failure;
            if (ui == null) {
                return;
            }
            try {
                ui.access(() -> previewMade(asked, made, refusal));
            } catch (UIDetachedException gone) {
                // The screen was closed meanwhile: nothing to show.
            }
        });
    }

    private void previewMade(int asked, Optional<MediaKey> bed, @Nullable String failure) {
        if (asked != previews) {
            return;
        }
        making.setVisible(false);
        preview.setEnabled(true);
        if (failure != null) {
            showProblem(failure);
            return;
        }
        audio.setVisible(bed.isPresent());
        if (bed.isPresent()) {
            audio.setAttribute("src", "/media/" + bed.get().path());
            problem.setText("");
        } else {
            audio.removeAttribute("src");
            problem.setText(t("cut.music.silent"));
        }
    }

    private void show(MusicChoice choice) {
        showing = true;
        try {
            shown = choice;
            source.setValue(choice.source());
            gain.setValue(choice.gainDb());
            tune.setText(t("cut.music.tune", choice.seed()));
            track.setText(choice.track() == null ? t("cut.music.no-track-yet") : t("cut.music.track", choice.track()));
            var score = choice.source() == MusicChoice.Source.SCORE;
            tune.setVisible(score);
            another.setVisible(score);
        } finally {
            showing = false;
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        if (UI.getCurrent() != null && UI.getCurrent().getSession() != null) {
            Notices.error(message);
        }
    }

    private String t(String key, Object... arguments) {
        return translations.translate(locale, key, arguments);
    }
}
