package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ScriptDraft;
import org.filmfactory.screenplay.ScriptExchange;
import org.filmfactory.screenplay.ScriptFile;
import org.filmfactory.screenplay.ScriptTooLarge;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing a script file and downloading the script as Fountain, Final Draft or PDF. The upload shows only to
 * those who may edit the script (the service refuses everyone else anyway). An import replaces the script as the
 * revision after the one on screen; when it is refused, the reason is shown and the editor keeps its text. A
 * successful import fires {@link ScriptImported} with the saved script.
 */
class ScriptExchangePanel extends Div {

    private static final Logger log = LoggerFactory.getLogger(ScriptExchangePanel.class);

    /** The script was replaced by an imported file. */
    static final class ScriptImported extends ComponentEvent<ScriptExchangePanel> {

        private final ScriptDraft draft;

        ScriptImported(ScriptExchangePanel source, ScriptDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ScriptDraft draft() {
            return draft;
        }
    }

    /** What became of an uploaded file. */
    sealed interface Outcome permits Imported, Refused {
    }

    record Imported(String fileName, ScriptDraft draft, @Nullable Long keptRevision) implements Outcome {

        Imported(String fileName, ScriptDraft draft) {
            this(fileName, draft, null);
        }
    }

    record Refused(String message) implements Outcome {
    }

    private final ScriptExchange exchange;
    private final Translations translations;
    private final BooleanSupplier unsavedChanges;
    private final Upload upload;
    private volatile @Nullable ScriptDraft draft;
    private @Nullable String historyRoute;

    /**
     * @param unsavedChanges whether the editor holds typing that is not saved yet; an import would replace it, so
     *     it is refused until the person saves
     */
    ScriptExchangePanel(ScriptExchange exchange, Translations translations,
            BooleanSupplier unsavedChanges) {
        this.exchange = exchange;
        this.translations = translations;
        this.unsavedChanges = unsavedChanges;
        setId("script-exchange");
        addClassName("script-exchange");
        upload = new Upload(this::receive);
        upload.setId("script-import");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".fountain", ".txt", ".fdx");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, exchange.maxFileSize().toBytes()));
        upload.setDropAllowed(true);
        upload.setVisible(false);
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(text("screenplay.exchange.import")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(text("screenplay.exchange.drop")));
        var tooLarge = new ScriptTooLarge(exchange.maxFileSize());
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(text(tooLarge.messageKey(), tooLarge.arguments()))
                .setIncorrectFileType(text("screenplay.exchange.choose-type")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> Notices.error(rejected.getErrorMessage()));
        var downloads = new HorizontalLayout(new Span(text("screenplay.exchange.download")),
                anchor("script-download-fountain", "screenplay.exchange.fountain", exchange::exportFountain),
                anchor("script-download-fdx", "screenplay.exchange.fdx", exchange::exportFdx),
                anchor("script-download-pdf", "screenplay.exchange.pdf", exchange::exportPdf));
        downloads.addClassName("script-downloads");
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(downloads, upload);
    }

    /** The script on screen: the revision an import replaces, and whether this person may import at all. */
    void setDraft(ScriptDraft draft) {
        // Whose script it is and whether they may import is all this panel needs: the text is in the editor, and an
        // open screen keeps no second copy of a feature's text (issue 10).
        this.draft = new ScriptDraft(draft.projectId(), "", draft.revision(), draft.revisedBy(), draft.revisedAt(),
                draft.editable());
        upload.setVisible(draft.editable());
    }

    /** Where the script's history is, so the notice after an import can lead there. */
    void setHistoryLink(String route) {
        this.historyRoute = route;
    }

    boolean isUploadVisible() {
        return upload.isVisible();
    }

    Registration addImportListener(ComponentEventListener<ScriptImported> listener) {
        return addListener(ScriptImported.class, listener);
    }

    /**
     * Runs on the upload's own request, without the UI lock (the signed-in person is known there): reads at most the
     * size limit, imports, then shows the outcome on the UI.
     */
    private void receive(UploadEvent event) throws IOException {
        var ui = event.getUI();
        Outcome outcome;
        try (InputStream in = event.getInputStream()) {
            long limit = exchange.maxFileSize().toBytes();
            byte[] bytes = readAtMost(in, limit + 1);
            outcome = bytes.length > limit ? refused(new ScriptTooLarge(exchange.maxFileSize()), ui)
                    : attempt(event.getFileName(), bytes, ui);
        }
        ui.access(() -> show(outcome));
    }

    /** Imports {@code bytes} over the revision on screen; never throws for a file the studio refuses. */
    Outcome attempt(String fileName, byte[] bytes, UI ui) {
        var current = draft;
        if (current == null) {
            return new Refused(translations.translate(ui.getLocale(), "screenplay.exchange.error.export"));
        }
        if (unsavedChanges.getAsBoolean()) {
            return new Refused(translations.translate(ui.getLocale(), "screenplay.exchange.error.unsaved"));
        }
        try {
            var imported = exchange.importOver(current.projectId(), fileName, bytes);
            return new Imported(fileName, imported.draft(), imported.keptRevision());
        } catch (UserFacingException refused) {
            return refused(refused, ui);
        }
    }

    private Refused refused(UserFacingException refused, UI ui) {
        return new Refused(translations.translate(ui.getLocale(), refused.messageKey(), refused.arguments()));
    }

    /** Shows the outcome; an import replaces the script on screen through {@link ScriptImported}. */
    void show(Outcome outcome) {
        switch (outcome) {
            case Imported imported -> {
                setDraft(imported.draft());
                fireEvent(new ScriptImported(this, imported.draft()));
                announce(imported);
            }
            case Refused refused -> Notices.error(refused.message());
        }
        upload.clearFileList();
    }

    /** Says what was imported and, when it replaced text, that the history keeps that text and leads there. */
    private void announce(Imported imported) {
        var said = text("screenplay.exchange.imported", imported.fileName(), imported.draft().revision());
        var kept = imported.keptRevision();
        if (kept == null) {
            Notices.success(said);
            return;
        }
        var notice = new Notification();
        notice.setDuration(10_000);
        notice.setPosition(Notification.Position.BOTTOM_END);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notice.addClassName("studio-notice");
        var message = new Span(said + " " + text("screenplay.exchange.previous-kept", kept) + " ");
        notice.add(message);
        var route = historyRoute;
        if (route != null) {
            var open = new Button(text("screenplay.exchange.open-history"), e -> {
                notice.close();
                getUI().ifPresent(ui -> ui.navigate(route));
            });
            open.setId("import-open-history");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notice.add(open);
        }
        notice.open();
    }

    private Anchor anchor(String id, String labelKey, SerializableFunction<ProjectId, ScriptFile> export) {
        var anchor = new Anchor(download(export), AttachmentType.DOWNLOAD, text(labelKey));
        anchor.setId(id);
        return anchor;
    }

    /** Makes the file when it is asked for, with the downloading person's rights. */
    private DownloadHandler download(SerializableFunction<ProjectId, ScriptFile> export) {
        return event -> {
            var current = draft;
            if (current == null) {
                event.getResponse().setStatus(404);
                return;
            }
            ScriptFile file;
            try {
                file = export.apply(current.projectId());
            } catch (UserFacingException refused) {
                log.info("Download refused for project {}: {}", current.projectId(), refused.messageKey());
                event.getResponse().setStatus(403);
                return;
            }
            event.setFileName(file.fileName());
            event.setContentType(file.mediaType());
            byte[] content = file.content();
            event.setContentLength(content.length);
            try (var out = event.getOutputStream()) {
                out.write(content);
            }
        };
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return out.toByteArray();
    }

    private String text(String key, Object... arguments) {
        return translations.translate(getLocale(), key, arguments);
    }
}
