package org.filmfactory.take.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.time.Duration;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.filmfactory.platform.ui.Coalescer;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.QueueWatch;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.take.ShotMarks;
import org.filmfactory.take.ShotPage;
import org.filmfactory.take.ShotState;
import org.filmfactory.take.StoryboardShot;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.filmfactory.take.TakeNavigation;
import org.filmfactory.take.TakeView;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.unit.DataSize;

/**
 * One shot: the player (frame steps, J/K/L, loop, frame number and timecode), the take strip (every take, newest
 * first, with who made it, when, with what, the selected and out-of-date marks), two takes side by side or behind a
 * wipe, the script lines the shot covers, the prompt (directors and owners edit it and generate again), and an
 * upload. Previous and next shot by button or key (PageUp/PageDown, [ and ]). Live on every node: a new take joins
 * the strip, a generation's progress shows as it runs. The server holds this one shot's page: its takes and lines.
 */
@Route(value = TakeNavigation.STORYBOARD + "/:shotId", layout = ProjectShell.class)
@PermitAll
// Additions below the player come from other modules as beans, which the production bundle's scan from the routes
// cannot see: the components they may use are named here so the shot page has them.
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.select.Select.class)
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.checkbox.Checkbox.class)
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.dialog.Dialog.class)
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.combobox.ComboBox.class)
class ShotPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Job progress reaches the page at most this often. */
    private static final Duration PUSH_INTERVAL = Duration.ofMillis(400);

    private final TakeGeneration takes;
    private final Breakdowns breakdowns;
    private final WorkQueue queue;
    private final LiveFollower follower;
    private final Translations translations;
    private final DataSize uploadLimit;
    private final ObjectProvider<ShotPageAddition> additions;
    private final ObjectProvider<ShotMarks> marks;

    private final H2 title = new H2();
    private final Span state = new Span();
    private final Span mark = new Span();
    private final Span openComments = new Span();
    private final Div added = new Div();
    private @Nullable PageContext context;
    private final Anchor back = new Anchor();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final TakePlayer player = new TakePlayer();
    private final Span playing = new Span();
    private final RadioButtonGroup<TakePlayer.Mode> compareMode = new RadioButtonGroup<>();
    private final Div strip = new Div();
    private final Div lines = new Div();
    private final TextArea prompt = new TextArea();
    private final Button generate = new Button();
    private final Upload upload;
    private final Span uploadError = new Span();

    private @Nullable ProjectId projectId;
    private @Nullable ShotId shotId;
    private @Nullable ShotPage page;
    private @Nullable TakeView viewed;
    private @Nullable TakeView compared;
    private @Nullable ShotId previousShot;
    private @Nullable ShotId nextShot;
    /** The prompt as last shown from the server: an edit is kept when the page refreshes. */
    private String shownPrompt = "";
    private @Nullable Registration following;
    private final QueueWatch watching;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicBoolean markChanged = new AtomicBoolean();
    private final Coalescer pushes = new Coalescer(PUSH_INTERVAL, this::flush);

    ShotPageView(TakeGeneration takes, Breakdowns breakdowns, WorkQueue queue, LiveFollower follower,
            Translations translations, MediaSettings media, ObjectProvider<ShotPageAddition> additions,
            ObjectProvider<ShotMarks> marks) {
        this.takes = takes;
        this.breakdowns = breakdowns;
        this.queue = queue;
        this.watching = new QueueWatch(queue);
        this.follower = follower;
        this.translations = translations;
        this.uploadLimit = media.maxUpload();
        this.additions = additions;
        this.marks = marks;
        addClassName("studio-page");
        setId("shot-page");
        getStyle().set("max-width", "1400px").set("box-sizing", "border-box").set("min-width", "0");

        back.setId("shot-back");
        back.setText(getTranslation("storyboard.back"));
        state.setId("shot-state");
        mark.setId("shot-mark");
        mark.setVisible(false);
        openComments.setId("shot-open-comments");
        openComments.setVisible(false);
        openComments.getElement().setAttribute("theme", "badge contrast pill");
        added.setId("shot-additions");
        added.setWidthFull();
        added.getStyle().set("min-width", "0");
        previous.setId("shot-previous");
        previous.setText(getTranslation("storyboard.previous"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> go(previousShot));
        next.setId("shot-next");
        next.setText(getTranslation("storyboard.next"));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(e -> go(nextShot));
        player.addPreviousListener(e -> go(previousShot));
        player.addNextListener(e -> go(nextShot));
        player.setWidthFull();
        playing.setId("take-playing");
        playing.addClassName("studio-muted");

        compareMode.setId("compare-mode");
        compareMode.setLabel(getTranslation("storyboard.compare"));
        compareMode.setItems(TakePlayer.Mode.values());
        compareMode.setItemLabelGenerator(mode -> getTranslation(
                "storyboard.compare." + mode.name().toLowerCase(Locale.ROOT)));
        compareMode.setValue(TakePlayer.Mode.SINGLE);
        compareMode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showCompare();
            }
        });

        strip.setId("take-strip");
        strip.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        lines.setId("shot-lines");
        lines.getStyle().set("font-family", "\"Courier Prime\", \"Courier New\", monospace").set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere").set("font-size", "var(--lumo-font-size-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");

        prompt.setId("shot-prompt");
        prompt.setLabel(getTranslation("storyboard.prompt"));
        prompt.setWidthFull();
        prompt.setMaxLength(TakeGeneration.MAX_PROMPT);
        generate.setId("shot-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setDisableOnClick(true);
        generate.addClickListener(e -> generateAgain());

        upload = new Upload(this::receive);
        upload.setId("take-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploadLimit.toBytes()));
        upload.setAcceptedFileTypes("video/*", "image/*", ".mp4", ".mov", ".webm", ".png", ".jpg", ".jpeg");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("storyboard.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("storyboard.upload.drop")));
        var tooLarge = getTranslation("storyboard.upload.too-large", uploadLimit.toBytes() / (1024 * 1024));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(tooLarge)
                .setIncorrectFileType(getTranslation("storyboard.upload.type")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> showUploadError(rejected.getErrorMessage()));
        uploadError.setId("take-upload-error");
        uploadError.getStyle().set("color", "var(--lumo-error-text-color)");

        var nav = new Div(back, previous, next);
        nav.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        var head = new Div(title, state, mark, openComments);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");
        var left = new Div(player, playing, compareMode, added);
        left.getStyle().set("flex", "2 1 26rem").set("min-width", "0");
        var right = new Div(new H3(getTranslation("storyboard.takes")), strip,
                new H3(getTranslation("storyboard.lines")), lines, prompt, generate, upload, uploadError);
        right.getStyle().set("flex", "1 1 18rem").set("min-width", "0").set("display", "flex")
                .set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        var body = new Div(left, right);
        body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        add(nav, head, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            projectId = ProjectShell.enteredProject(event);
            shotId = ShotId.parse(event.getRouteParameters().get("shotId").orElse(""));
            back.setHref(TakeNavigation.toStoryboard(projectId));
            viewed = null;
            compared = null;
            compareMode.setValue(TakePlayer.Mode.SINGLE);
            uploadError.setText("");
            shownPrompt = "";
            prompt.clear();
            if (!load()) {
                Notices.error(getTranslation("storyboard.shot-gone"));
                event.forwardTo(TakeNavigation.toStoryboard(projectId));
                return;
            }
            neighbours();
            addAdditions();
            showMark();
            follow(projectId);
            if (isAttached()) {
                watch(UI.getCurrent());
            }
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    /** Reads the page again and shows it; false when the shot is gone. */
    private boolean load() {
        var found = takes.shotPage(project(), shot());
        if (found.isEmpty()) {
            page = null;
            return false;
        }
        show(found.get());
        return true;
    }

    private void show(ShotPage now) {
        page = now;
        var shot = now.shot();
        title.setText(getTranslation("storyboard.shot-title", shot.sceneNumber() + "." + shot.shotNumber(),
                getTranslation(shot.type().key()), String.format(Locale.ROOT, "%.1f", shot.duration().toMillis() / 1000.0)));
        showState(shot, shot.percent());
        lines.setText(String.join("\n", now.scriptLines()));
        // Keep what the director is typing; take the stored prompt when the field still shows the last one.
        if (prompt.getValue().equals(shownPrompt)) {
            prompt.setValue(now.prompt());
        }
        shownPrompt = now.prompt();
        prompt.setReadOnly(!now.mayGenerate());
        generate.setVisible(now.mayGenerate());
        generate.setText(getTranslation(shot.takeCount() == 0 ? "storyboard.generate" : "storyboard.regenerate"));
        generate.setEnabled(shot.state() != ShotState.QUEUED && shot.state() != ShotState.GENERATING);
        upload.setVisible(now.mayGenerate());
        // The take on screen stays if it still exists; otherwise the selected one, else the newest.
        viewed = find(now.takes(), viewed).orElse(shot.selected() != null ? find(now.takes(), shot.selected())
                .orElse(null) : now.takes().isEmpty() ? null : now.takes().getFirst());
        compared = find(now.takes(), compared).orElse(null);
        playTake(viewed);
        showPlaying();
        showCompare();
        showStrip(now);
    }

    /** Puts {@code take} in the player and tells the additions when the take on screen is another one. */
    private void playTake(@Nullable TakeView take) {
        player.show(take);
        if (context != null) {
            context.shown(take);
        }
    }

    /** The other modules' panels for this shot, below the player: new ones for each shot entered. */
    private void addAdditions() {
        added.removeAll();
        var now = new PageContext(project(), shot());
        now.shownTake = viewed;
        context = now;
        additions.orderedStream().sorted(java.util.Comparator.comparingInt(ShotPageAddition::order))
                .forEach(addition -> added.add(addition.create(now)));
    }

    /** The shot's mark from another module (its approval and open comments), when one says something. */
    private void showMark() {
        var source = marks.getIfAvailable();
        var found = source == null ? null : source.marks(project(), List.of(shot())).get(shot());
        mark.setVisible(found != null);
        openComments.setVisible(found != null && found.openComments() > 0);
        if (found != null) {
            mark.setText(getTranslation(found.labelKey()));
            mark.getElement().setAttribute("theme", ("badge " + found.theme()).strip());
            mark.getElement().setAttribute("data-mark", found.labelKey());
            openComments.setText(getTranslation("review.panel.open-count", found.openComments()));
            openComments.getElement().setAttribute("data-count", String.valueOf(found.openComments()));
        }
    }

    /** What the additions are told: this shot, the player, the take on screen and when it changes. */
    private final class PageContext implements ShotPageContext {
        private final ProjectId project;
        private final ShotId shot;
        private final List<java.util.function.Consumer<java.util.Optional<TakeView>>> listeners =
                new java.util.concurrent.CopyOnWriteArrayList<>();
        private @Nullable TakeView shownTake;

        PageContext(ProjectId project, ShotId shot) {
            this.project = project;
            this.shot = shot;
        }

        void shown(@Nullable TakeView take) {
            var before = shownTake;
            shownTake = take;
            if (before == null ? take != null : take == null || !before.id().equals(take.id())) {
                listeners.forEach(listener -> listener.accept(java.util.Optional.ofNullable(take)));
            }
        }

        @Override
        public ProjectId projectId() {
            return project;
        }

        @Override
        public ShotId shotId() {
            return shot;
        }

        @Override
        public TakePlayer player() {
            return player;
        }

        @Override
        public java.util.Optional<TakeView> shownTake() {
            return java.util.Optional.ofNullable(shownTake);
        }

        @Override
        public Registration onTakeShown(java.util.function.Consumer<java.util.Optional<TakeView>> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }

    private static java.util.Optional<TakeView> find(List<TakeView> all, @Nullable TakeView take) {
        return take == null ? java.util.Optional.empty()
                : all.stream().filter(t -> t.id().equals(take.id())).findFirst();
    }

    private void showState(StoryboardShot shot, int percent) {
        state.getElement().setAttribute("theme", "badge " + switch (shot.state()) {
            case READY -> "success";
            case FAILED -> "error";
            case OUT_OF_DATE -> "warning";
            case NO_TAKE -> "contrast";
            case QUEUED, GENERATING -> "";
        });
        state.getElement().setAttribute("data-state", shot.state().name());
        var text = switch (shot.state()) {
            case NO_TAKE -> getTranslation("storyboard.state.no-take");
            case QUEUED -> getTranslation("storyboard.state.queued");
            case GENERATING -> getTranslation("storyboard.state.generating", percent);
            case READY -> getTranslation("storyboard.state.ready");
            case OUT_OF_DATE -> getTranslation("storyboard.state.out-of-date");
            case FAILED -> getTranslation("storyboard.state.failed");
        };
        if (shot.state() == ShotState.FAILED && shot.failure() != null) {
            text += ": " + getTranslation(shot.failure().key(), shot.failure().arguments().toArray());
        }
        state.setText(text);
    }

    private void showPlaying() {
        var take = viewed;
        playing.setText(take == null ? getTranslation("storyboard.no-take-yet")
                : getTranslation("storyboard.playing", take.number(), take.fps(), take.frames()));
    }

    private void showCompare() {
        var mode = compareMode.getValue() == null ? TakePlayer.Mode.SINGLE : compareMode.getValue();
        var other = compared;
        if (other == null && mode != TakePlayer.Mode.SINGLE && page != null) {
            // Compare with the selected take, or with the next older one when the selected one is on screen.
            other = page.takes().stream().filter(t -> viewed == null || !t.id().equals(viewed.id())).findFirst()
                    .orElse(null);
            compared = other;
        }
        compareMode.setEnabled(page != null && page.takes().size() > 1);
        player.compare(other, mode);
    }

    /** The take strip: one line per take, newest first. */
    private void showStrip(ShotPage now) {
        strip.removeAll();
        if (now.takes().isEmpty()) {
            var none = new Span(getTranslation("storyboard.no-takes"));
            none.addClassName("studio-muted");
            strip.add(none);
        }
        for (var take : now.takes()) {
            var item = new Div();
            item.setId("take-" + take.number());
            item.addClassName("take-item");
            item.getElement().setAttribute("data-take", take.id().toString());
            item.getElement().setAttribute("data-selected", String.valueOf(take.selected()));
            item.getElement().setAttribute("data-out-of-date", String.valueOf(take.outOfDate()));
            boolean onScreen = viewed != null && viewed.id().equals(take.id());
            item.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-s)")
                    .set("align-items", "center").set("padding", "var(--lumo-space-xs)").set("cursor", "pointer")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("border", "1px solid " + (onScreen ? "var(--lumo-primary-color)" : "var(--lumo-contrast-10pct)"));
            var thumb = new com.vaadin.flow.component.html.Image(take.thumbnailUrl(), "");
            thumb.setHeight("3rem");
            thumb.getStyle().set("border-radius", "3px");
            var name = new Span(getTranslation("storyboard.take", take.number()));
            name.getStyle().set("font-weight", "600");
            var about = new Span(getTranslation("storyboard.take.about", take.generator(), take.madeBy(),
                    StudioTime.format(take.made(), FormatStyle.SHORT, FormatStyle.SHORT)));
            about.addClassName("studio-muted");
            about.getStyle().set("font-size", "var(--lumo-font-size-s)").set("overflow-wrap", "anywhere");
            item.add(thumb, name);
            if (take.selected()) {
                var mark = new Span(getTranslation("storyboard.take.selected"));
                mark.getElement().setAttribute("theme", "badge success small");
                mark.addClassName("take-selected");
                item.add(mark);
            }
            if (take.outOfDate()) {
                var mark = new Span(getTranslation("storyboard.take.out-of-date"));
                mark.getElement().setAttribute("theme", "badge warning small");
                mark.addClassName("take-out-of-date");
                item.add(mark);
            }
            item.add(about);
            item.addClickListener(e -> view(take));
            if (now.mayGenerate() && !take.selected()) {
                var select = new Button(getTranslation("storyboard.take.select"), e -> select(take.id()));
                select.setId("take-select-" + take.number());
                select.addThemeVariants(ButtonVariant.LUMO_SMALL);
                ownClick(select);
                item.add(select);
            }
            if (now.takes().size() > 1 && !onScreen) {
                var compare = new Button(getTranslation("storyboard.take.compare"), e -> compareWith(take));
                compare.setId("take-compare-" + take.number());
                compare.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                ownClick(compare);
                item.add(compare);
            }
            strip.add(item);
        }
    }

    /** A button's click stays its own: it does not also reach the take's line, which would show that take. */
    private static void ownClick(Button button) {
        button.getElement().addEventListener("click", e -> {
        }).stopPropagation();
    }

    private void view(TakeView take) {
        viewed = take;
        if (compared != null && compared.id().equals(take.id())) {
            compared = null;
        }
        playTake(take);
        showPlaying();
        showCompare();
        if (page != null) {
            showStrip(page);
        }
    }

    private void compareWith(TakeView take) {
        compared = take;
        if (compareMode.getValue() == TakePlayer.Mode.SINGLE) {
            compareMode.setValue(TakePlayer.Mode.SIDE);
        }
        showCompare();
    }

    private void select(TakeId take) {
        try {
            takes.select(project(), take);
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        }
        reload();
    }

    private void generateAgain() {
        var current = page;
        try {
            var edited = prompt.getValue().strip();
            takes.generate(project(), shot(), current == null || edited.isEmpty()
                    || edited.equals(current.prompt().strip()) ? null : edited);
            Notices.success(getTranslation("storyboard.generate.queued"));
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        }
        // The field now shows what was asked for: it is the stored prompt from here on.
        shownPrompt = prompt.getValue();
        reload();
    }

    /**
     * Runs on the upload's own request, without the UI lock (the signed-in person is known there): streams the file
     * to the take module, which probes it before keeping anything, then shows the outcome in the page.
     */
    private void receive(UploadEvent event) throws IOException {
        var ui = event.getUI();
        var project = projectId;
        var shot = shotId;
        if (project == null || shot == null) {
            return;
        }
        String failure = null;
        try (var in = event.getInputStream()) {
            takes.upload(project, shot, event.getFileName(), in, event.getFileSize());
        } catch (UserFacingException refused) {
            failure = translations.translate(ui.getLocale(), refused.messageKey(), refused.arguments());
        }
        var message = failure;
        ui.access(() -> {
            upload.clearFileList();
            if (message != null) {
                showUploadError(message);
            } else {
                uploadError.setText("");
                Notices.success(getTranslation("storyboard.upload.done"));
                reload();
            }
        });
    }

    private void showUploadError(String message) {
        uploadError.setText(message);
        Notices.error(message);
    }

    /** The previous and next shot in the film, for the buttons and keys. */
    private void neighbours() {
        previousShot = null;
        nextShot = null;
        var current = page;
        if (current == null) {
            return;
        }
        int index = indexOf(current.shot());
        if (index >= 0) {
            var around = takes.storyboard(project(), Math.max(0, index - 1), index == 0 ? 2 : 3);
            int self = index == 0 ? 0 : 1;
            if (around.size() > self && around.get(self).shotId().equals(shot())) {
                previousShot = self == 1 ? around.getFirst().shotId() : null;
                nextShot = around.size() > self + 1 ? around.get(self + 1).shotId() : null;
            }
        }
        previous.setEnabled(previousShot != null);
        next.setEnabled(nextShot != null);
    }

    /** The shot's place in the film: the shots of the scenes before it, then its own place in its scene. */
    private int indexOf(StoryboardShot shot) {
        int before = 0;
        int window = 500;
        for (int first = 0; ; first += window) {
            var scenes = breakdowns.scenes(project(), first, window);
            for (var scene : scenes) {
                if (scene.scene().id().equals(shot.sceneId())) {
                    return before + shot.shotNumber() - 1;
                }
                before += scene.shots();
            }
            if (scenes.size() < window) {
                return -1;
            }
        }
    }

    private void go(@Nullable ShotId target) {
        if (target != null) {
            getUI().ifPresent(ui -> ui.navigate(TakeNavigation.toShot(project(), target)));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (projectId != null) {
            watch(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        watching.stop();
        super.onDetach(event);
    }

    /** Progress of this shot's generation, from the queue; gathered into at most one push per interval. */
    private void watch(UI ui) {
        watching.start(project().toString(), status -> {
            var current = page;
            if (current != null && status.id().equals(current.shot().job())) {
                changed.set(true);
                pushes.request(ui);
            }
        });
    }

    private void follow(ProjectId id) {
        if (following != null) {
            following.remove();
        }
        following = follower.follow(this, id, update -> {
            if (update instanceof LiveUpdate.ReviewChanged reviewed && shotId != null
                    && reviewed.shotId().equals(shotId.toString())) {
                markChanged.set(true);
                pushes.request(UI.getCurrent());
            }
            if (update instanceof LiveUpdate.TakesChanged taken && shotId != null
                    && taken.shotId().equals(shotId.toString())
                    || update instanceof LiveUpdate.ShotListChanged) {
                changed.set(true);
                markChanged.set(true);
                pushes.request(UI.getCurrent());
            }
        });
    }

    /** What changed since the last push: the page again, and the running job's percentage on the state badge. */
    private void flush() {
        if (markChanged.getAndSet(false) && projectId != null && shotId != null) {
            try {
                showMark();
            } catch (UserFacingException gone) {
                // Left the crew meanwhile: the page says so at its next reload.
            }
        }
        if (changed.getAndSet(false) && projectId != null && shotId != null) {
            reload();
            var current = page;
            var job = current == null ? null : current.shot().job();
            if (job != null && current.shot().state() == ShotState.GENERATING) {
                queue.status(job).filter(status -> status.state() == JobState.RUNNING)
                        .ifPresent(status -> showState(current.shot(), status.percent()));
            }
        }
    }

    private void reload() {
        try {
            if (!load()) {
                Notices.error(getTranslation("storyboard.shot-gone"));
                getUI().ifPresent(ui -> ui.navigate(TakeNavigation.toStoryboard(project())));
            }
        } catch (UserFacingException gone) {
            state.setText(translations.translate(getLocale(), gone.messageKey(), gone.arguments()));
        }
    }

    private ProjectId project() {
        var id = projectId;
        if (id == null) {
            throw new IllegalStateException("no project entered");
        }
        return id;
    }

    private ShotId shot() {
        var id = shotId;
        if (id == null) {
            throw new IllegalStateException("no shot entered");
        }
        return id;
    }

    @Override
    public String getPageTitle() {
        var current = page;
        return (current == null ? getTranslation("storyboard.section")
                : getTranslation("storyboard.take-page-title", current.shot().sceneNumber() + "."
                        + current.shot().shotNumber())) + " · Film Factory";
    }
}
