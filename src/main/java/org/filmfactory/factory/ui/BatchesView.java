package org.filmfactory.factory.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.factory.BatchScripts;
import org.filmfactory.factory.BatchSummary;
import org.filmfactory.factory.Batches;
import org.filmfactory.factory.Idea;
import org.filmfactory.factory.IdeaWriting;
import org.filmfactory.factory.NewBatch;
import org.filmfactory.factory.NewBatch.BatchScript;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectSummary;
import org.filmfactory.render.Preset;

/**
 * The production line: a form that starts a batch (screenplay files, a CSV of ideas when a chat backend is configured,
 * the caller's projects × presets, the take policy, subtitles), and the batches the caller can see, each leading to
 * its page ({@link BatchView}).
 */
@Route(BatchesView.ROUTE)
@Menu(title = "factory.line.menu", order = 6, icon = "vaadin:cogs")
@PermitAll
class BatchesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "batches";
    static final int SHOWN = 50;

    private final Batches batches;
    private final BatchForm form;
    private final Grid<BatchSummary> list = new Grid<>();

    BatchesView(Batches batches, ProjectManagement projects, ProjectAccess access, IdeaWriting ideas) {
        this.batches = batches;
        addClassName("studio-page");
        setId("batches-view");
        getStyle().set("min-width", "0");
        var mine = projects.mine().stream().filter(p -> access.can(p.id(), Permission.RENDER)).toList();
        form = new BatchForm(mine, ideas.available());
        form.addStartListener(this::start);
        list.setId("batches-list");
        list.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        list.addColumn(LitRenderer.<BatchSummary>of("""
                        <div class="batch-line" data-batch="${item.id}">
                          <a href="${item.href}" style="font-weight:600">${item.name}</a>
                          <div class="studio-muted">${item.by} · ${item.started}</div>
                          <div>${item.counts}</div>
                        </div>""")
                .withProperty("id", s -> s.id().toString())
                .withProperty("href", s -> ROUTE + "/" + s.id())
                .withProperty("name", BatchSummary::name)
                .withProperty("by", BatchSummary::byName)
                .withProperty("started", s -> s.started().toString().substring(0, 16).replace('T', ' '))
                .withProperty("counts", s -> getTranslation("factory.line.counts", s.made(), s.failed(),
                        s.running(), s.queued(), s.films())));
        add(new H2(getTranslation("factory.line.title")), form, new H3(getTranslation("factory.line.list")), list);
        list.setItems(batches.batches(SHOWN));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("factory.line.title");
    }

    private void start(BatchForm.Start event) {
        try {
            var id = batches.start(event.batch());
            UI.getCurrent().navigate(ROUTE + "/" + id);
        } catch (UserFacingException refused) {
            form.showError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** The form that asks for a batch; fires {@link Start} with what it was given. */
    static final class BatchForm extends Div {

        private final TextField name = new TextField();
        private final Upload scripts;
        private final Span scriptCount = new Span();
        private final Upload ideaSheet;
        private final Span ideaCount = new Span();
        private final MultiSelectComboBox<ProjectSummary> projects = new MultiSelectComboBox<>();
        private final Map<Preset, Checkbox> presets = new EnumMap<>(Preset.class);
        private final Select<TakePolicy> takes = new Select<>();
        private final Checkbox subtitles = new Checkbox();
        private final Button start = new Button();
        private final Span error = new Span();
        private final List<BatchScript> received = new CopyOnWriteArrayList<>();
        private volatile List<Idea> ideas = List.of();

        BatchForm(List<ProjectSummary> mine, boolean chat) {
            setId("batch-form");
            getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                    .set("max-width", "40rem");
            name.setId("batch-name");
            name.setLabel(getTranslation("factory.line.name"));
            name.setMaxLength(200);
            name.setWidthFull();
            scripts = new Upload(this::receiveScript);
            scripts.setId("batch-scripts");
            scripts.setMaxFiles(500);
            scripts.setAcceptedFileTypes(BatchScripts.FORMATS.toArray(String[]::new));
            scripts.setDropAllowed(true);
            var i18n = new UploadI18N();
            i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("factory.line.scripts"))
                    .setMany(getTranslation("factory.line.scripts")));
            i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("factory.line.drop"))
                    .setMany(getTranslation("factory.line.drop")));
            i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("factory.line.upload.too-many"))
                    .setFileIsTooBig(getTranslation("factory.line.upload.too-large"))
                    .setIncorrectFileType(getTranslation("factory.line.upload.type")));
            scripts.setI18n(i18n);
            scripts.addFileRemovedListener(removed -> {
                received.removeIf(script -> script.fileName().equals(removed.getFileName()));
                counts();
            });
            scriptCount.setId("batch-script-count");
            ideaSheet = new Upload(this::receiveIdeas);
            ideaSheet.setId("batch-ideas");
            ideaSheet.setMaxFiles(1);
            ideaSheet.setAcceptedFileTypes(".csv");
            var ideaI18n = new UploadI18N();
            ideaI18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("factory.line.ideas")));
            ideaI18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("factory.line.drop")));
            ideaI18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("factory.line.upload.too-many"))
                    .setFileIsTooBig(getTranslation("factory.line.upload.too-large"))
                    .setIncorrectFileType(getTranslation("factory.line.upload.type")));
            ideaSheet.setI18n(ideaI18n);
            ideaSheet.addFileRemovedListener(removed -> {
                ideas = List.of();
                counts();
            });
            ideaCount.setId("batch-idea-count");
            var ideaHelp = new Span(getTranslation("factory.line.ideas.help"));
            ideaHelp.addClassName("studio-muted");
            var ideaBox = new Div(ideaSheet, ideaHelp, ideaCount);
            ideaBox.setVisible(chat);
            projects.setId("batch-projects");
            projects.setLabel(getTranslation("factory.line.projects"));
            projects.setItems(mine);
            projects.setItemLabelGenerator(ProjectSummary::name);
            projects.setWidthFull();
            var presetBox = new Div();
            presetBox.setId("batch-presets");
            presetBox.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
            presetBox.add(new Span(getTranslation("factory.line.presets")));
            for (var preset : Preset.values()) {
                var box = new Checkbox(getTranslation("render.preset." + preset.id(), preset.width(),
                        preset.height(), preset.fps()));
                box.setId("batch-preset-" + preset.id());
                box.setValue(preset == Preset.VERTICAL);
                presets.put(preset, box);
                presetBox.add(box);
            }
            takes.setId("batch-takes");
            takes.setLabel(getTranslation("factory.make.policy"));
            takes.setItems(TakePolicy.values());
            takes.setItemLabelGenerator(p -> getTranslation("factory.make.policy."
                    + p.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            takes.setValue(TakePolicy.APPROVED_OR_ANIMATIC);
            subtitles.setId("batch-subtitles");
            subtitles.setLabel(getTranslation("factory.make.subtitles"));
            subtitles.setValue(true);
            start.setId("batch-start");
            start.setText(getTranslation("factory.line.start"));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClickListener(e -> fireEvent(new Start(this, batch())));
            error.setId("batch-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            var scriptLabel = new Span(getTranslation("factory.line.scripts.label",
                    String.join(" ", BatchScripts.FORMATS)));
            add(name, scriptLabel, scripts, scriptCount, ideaBox, projects, presetBox, takes, subtitles, start, error);
            counts();
        }

        NewBatch batch() {
            var chosen = presets.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey)
                    .toList();
            // In file-name order, as the headless batch takes a folder: the browser sends several files at once and
            // they arrive in any order.
            var scripts = received.stream().sorted(java.util.Comparator.comparing(BatchScript::fileName)).toList();
            return new NewBatch(name.getValue(), scripts, ideas,
                    projects.getSelectedItems().stream().map(ProjectSummary::id).toList(), chosen,
                    takes.getValue() == null ? TakePolicy.APPROVED_OR_ANIMATIC : takes.getValue(),
                    subtitles.getValue());
        }

        void showError(String text) {
            error.setText(text);
        }

        Registration addStartListener(ComponentEventListener<Start> listener) {
            return addListener(Start.class, listener);
        }

        private void counts() {
            scriptCount.setText(getTranslation("factory.line.scripts.count", received.size()));
            ideaCount.setText(getTranslation("factory.line.ideas.count", ideas.size()));
        }

        /** On the upload's own request: keeps the file (at most one byte over the import limit: that says "too large"). */
        private void receiveScript(UploadEvent event) throws IOException {
            var ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                received.add(new BatchScript(event.getFileName(), readAtMost(in, BatchScripts.MAX_SCRIPT_BYTES + 1)));
            }
            ui.access(this::counts);
        }

        private void receiveIdeas(UploadEvent event) throws IOException {
            var ui = event.getUI();
            String text;
            try (InputStream in = event.getInputStream()) {
                text = new String(readAtMost(in, 1024 * 1024), StandardCharsets.UTF_8);
            }
            ui.access(() -> {
                try {
                    ideas = IdeaSheet.read(text);
                    error.setText("");
                } catch (UserFacingException refused) {
                    ideas = List.of();
                    error.setText(getTranslation(refused.messageKey(), refused.arguments()));
                }
                counts();
            });
        }

        /** The form asks for this batch. */
        static final class Start extends ComponentEvent<BatchForm> {
            private final NewBatch batch;

            Start(BatchForm source, NewBatch batch) {
                super(source, false);
                this.batch = batch;
            }

            NewBatch batch() {
                return batch;
            }
        }
    }

    static byte[] readAtMost(InputStream in, long max) throws IOException {
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

}
