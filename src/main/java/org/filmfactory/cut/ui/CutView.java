package org.filmfactory.cut.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutChangeRefused;
import org.filmfactory.cut.CutEdit;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.CutVersion;
import org.filmfactory.cut.CutVersionId;
import org.filmfactory.cut.Cuts;
import org.filmfactory.cut.Music;
import org.filmfactory.cut.TimedLine;
import org.filmfactory.cut.Transition;
import org.filmfactory.cut.Voices;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Coalescer;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.filmfactory.take.TakeView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cut's timeline: the clips on one canvas in the browser ({@link Timeline}), the selected clip's take, trim and
 * transition, the title and end cards, and the saved versions. Editors and owners ({@code EDIT_CUT}) edit; everyone
 * else sees the same screen without its edit controls (and the cut refuses their edits anyway).
 *
 * <p>Every edit goes to {@link Cuts#edit} with the revision the browser had; a refused one shows its message and
 * the cut as it is now. Live: a {@code CutChanged} from any node, or a change to the shots or takes (the badges),
 * refreshes the timeline, at most once per {@link #PUSH_INTERVAL}. The server keeps the snapshot on screen and
 * nothing per clip besides; the sound tracks are read off the UI thread and arrive when ready.
 */
@Route(value = "cut", layout = ProjectShell.class)
@PermitAll
class CutView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final Duration PUSH_INTERVAL = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(CutView.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Cuts cuts;
    private final TakeGeneration takes;
    private final Breakdowns breakdowns;
    private final ProjectAccess access;
    private final LiveFollower follower;
    private final Translations translations;
    private final ObjectProvider<Voices> voices;
    private final ObjectProvider<Music> music;
    private final ObjectProvider<MediaStore> store;

    private final H2 title = new H2();
    private final Span summary = new Span();
    private final Span changedNote = new Span();
    private final Span overrunNote = new Span();
    private final Span readOnlyNote = new Span();
    private final Timeline timeline = new Timeline();

    private final Div clipPanel = new Div();
    private final H3 clipHeading = new H3();
    private final Span clipNone = new Span();
    private final ComboBox<TakeView> take = new ComboBox<>();
    private final IntegerField inFrame = new IntegerField();
    private final IntegerField outFrame = new IntegerField();
    private final Span duration = new Span();
    private final Select<Transition> transition = new Select<>();
    private final IntegerField transitionFrames = new IntegerField();
    private final Button applyClip = new Button();
    private final Div clipFields = new Div();

    private final CardForm titleCard = new CardForm("title-card", "cut.timeline.card.title");
    private final CardForm endCard = new CardForm("end-card", "cut.timeline.card.end");

    private final TextField versionName = new TextField();
    private final Button saveVersion = new Button();
    private final Div versionList = new Div();

    private @Nullable ProjectId projectId;
    private @Nullable CutSnapshot cut;
    private @Nullable ClipId selected;
    /** The revision the clip panel was filled from: its edits are made on it. */
    private long panelRevision = -1;
    /** The clip as the panel's fields last showed it: a refresh that finds it unchanged keeps what is being typed. */
    private @Nullable Clip panelClip;
    private boolean mayEdit;
    private @Nullable Registration following;
    private int tracksAsked;
    private final AtomicBoolean stale = new AtomicBoolean();
    private final Coalescer pushes = new Coalescer(PUSH_INTERVAL, this::refreshIfStale);

    CutView(Cuts cuts, TakeGeneration takes, Breakdowns breakdowns, ProjectAccess access, LiveFollower follower,
            Translations translations, ObjectProvider<Voices> voices, ObjectProvider<Music> music,
            ObjectProvider<MediaStore> store) {
        this.cuts = cuts;
        this.takes = takes;
        this.breakdowns = breakdowns;
        this.access = access;
        this.follower = follower;
        this.translations = translations;
        this.voices = voices;
        this.music = music;
        this.store = store;
        addClassName("studio-page");
        setId("cut-view");
        getStyle().set("max-width", "1400px").set("box-sizing", "border-box").set("min-width", "0");

        title.setText(getTranslation("cut.timeline.title"));
        summary.setId("cut-summary");
        summary.addClassName("studio-muted");
        changedNote.setId("cut-changed");
        changedNote.getElement().getThemeList().add("badge warning");
        overrunNote.setId("cut-overruns");
        overrunNote.getElement().getThemeList().add("badge error");
        readOnlyNote.setId("cut-read-only");
        readOnlyNote.addClassName("studio-muted");
        readOnlyNote.setText(getTranslation("cut.timeline.read-only"));
        var notes = new Div(summary, changedNote, overrunNote, readOnlyNote);
        notes.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("align-items", "center").set("margin-bottom", "var(--lumo-space-s)");

        timeline.addEditListener(this::editFromBrowser);
        timeline.addSelectListener(this::selectFromBrowser);
        timeline.addUndoListener(() -> change(() -> cuts.undo(id())));
        timeline.addRedoListener(() -> change(() -> cuts.redo(id())));

        buildClipPanel();
        titleCard.addSaveListener(e -> change(() -> cuts.edit(id(), revision(),
                new CutEdit.ChangeTitleCard(e.getSource().card()))));
        endCard.addSaveListener(e -> change(() -> cuts.edit(id(), revision(),
                new CutEdit.ChangeEndCard(e.getSource().card()))));

        var versions = new Div();
        versions.setId("cut-versions");
        versionName.setId("version-name");
        versionName.setLabel(getTranslation("cut.timeline.version.name"));
        versionName.setMaxLength(CutVersion.MAX_NAME);
        saveVersion.setId("version-save");
        saveVersion.setText(getTranslation("cut.timeline.version.save"));
        saveVersion.addClickListener(e -> saveVersion());
        versionList.setId("version-list");
        var versionForm = new Div(versionName, saveVersion);
        versionForm.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)")
                .set("align-items", "baseline");
        versions.add(new H3(getTranslation("cut.timeline.version.heading")), versionForm, versionList);

        var side = new Div(clipPanel, titleCard, endCard, versions);
        side.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 20rem), 1fr))")
                .set("gap", "var(--lumo-space-m)").set("margin-top", "var(--lumo-space-m)");
        add(title, notes, timeline, side);
    }

    private void buildClipPanel() {
        clipPanel.setId("clip-panel");
        clipNone.setText(getTranslation("cut.timeline.clip.none"));
        clipNone.addClassName("studio-muted");
        take.setId("clip-take");
        take.setLabel(getTranslation("cut.timeline.clip.take"));
        take.setItemLabelGenerator(t -> getTranslation("cut.timeline.clip.take-item", t.number(), t.generator()));
        take.setClearButtonVisible(true);
        take.setPlaceholder(getTranslation("cut.timeline.clip.no-take"));
        inFrame.setId("clip-in");
        inFrame.setLabel(getTranslation("cut.timeline.clip.in"));
        inFrame.setMin(0);
        inFrame.setStepButtonsVisible(true);
        outFrame.setId("clip-out");
        outFrame.setLabel(getTranslation("cut.timeline.clip.out"));
        outFrame.setMin(1);
        outFrame.setStepButtonsVisible(true);
        duration.setId("clip-duration");
        transition.setId("clip-transition");
        transition.setLabel(getTranslation("cut.timeline.clip.transition"));
        transition.setItems(Transition.values());
        transition.setItemLabelGenerator(t -> getTranslation("cut.timeline.transition."
                + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        transitionFrames.setId("clip-transition-frames");
        transitionFrames.setLabel(getTranslation("cut.timeline.clip.transition-frames"));
        transitionFrames.setMin(0);
        transitionFrames.setStepButtonsVisible(true);
        transition.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == Transition.CUT) {
                transitionFrames.setValue(0);
            } else if (e.isFromClient() && Objects.equals(transitionFrames.getValue(), 0)) {
                transitionFrames.setValue(12);
            }
        });
        applyClip.setId("clip-apply");
        applyClip.setText(getTranslation("cut.timeline.clip.apply"));
        applyClip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyClip.addClickListener(e -> applyClip());
        var trims = new Div(inFrame, outFrame, duration);
        var transitions = new Div(transition, transitionFrames);
        for (var row : List.of(trims, transitions)) {
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)")
                    .set("align-items", "baseline");
        }
        inFrame.setWidth("8em");
        outFrame.setWidth("8em");
        transitionFrames.setWidth("9em");
        clipFields.add(take, trims, transitions, applyClip);
        clipPanel.add(clipHeading, clipNone, clipFields);
    }

    // ------------------------------------------------------------------------------------------------ entering

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            if (!id.equals(projectId)) {
                selected = null;
                if (following != null) {
                    following.remove();
                }
                projectId = id;
                following = follower.follow(this, id, this::onUpdate);
            }
            mayEdit = access.can(id, Permission.EDIT_CUT);
            timeline.setEditable(mayEdit);
            readOnlyNote.setVisible(!mayEdit);
            versionName.setVisible(mayEdit);
            saveVersion.setVisible(mayEdit);
            show(cuts.current(id));
        } catch (UserFacingException refused) {
            Notices.error(translate(refused));
            event.forwardTo("");
        }
    }

    private void onUpdate(LiveUpdate update) {
        switch (update) {
            case LiveUpdate.CutChanged changed -> {
                var shown = cut;
                if (shown == null || changed.revision() != shown.revision()) {
                    stale.set(true);
                }
            }
            case LiveUpdate.ShotListChanged ignored -> stale.set(true);
            case LiveUpdate.TakesChanged ignored -> stale.set(true);
            default -> {
                return;
            }
        }
        getUI().ifPresent(pushes::request);
    }

    /** Runs under the UI lock at most once per {@link #PUSH_INTERVAL}: the cut as it is now, if anything changed. */
    private void refreshIfStale() {
        if (stale.getAndSet(false) && projectId != null) {
            try {
                show(cuts.current(id()));
            } catch (UserFacingException gone) {
                // Removed from the crew meanwhile: the shell says so at the next navigation.
                LOG.debug("The cut is no longer readable: {}", gone.messageKey());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ showing

    private void show(CutSnapshot now) {
        var id = id();
        cut = now;
        var labels = shotLabels();
        var changed = cuts.changedShots(id, null);
        timeline.show(now, labels, cuts.media(id, now), changed);
        long changedClips = now.clips().stream().filter(clip -> changed.contains(clip.shot())).count();
        summary.setText(getTranslation("cut.timeline.summary", now.clips().size(),
                Timecodes.of(now.length(), now.fps()), now.revision()));
        summary.getElement().setAttribute("data-revision", String.valueOf(now.revision()));
        changedNote.setText(getTranslation("cut.timeline.changed", changedClips));
        changedNote.getElement().setAttribute("data-count", String.valueOf(changedClips));
        changedNote.setVisible(changedClips > 0);
        titleCard.show(now.title(), mayEdit);
        endCard.show(now.end(), mayEdit);
        showClip(labels);
        showVersions();
        loadTracks(now);
    }

    private void showClip(Map<ShotId, String> labels) {
        var now = cut;
        var clip = now == null || selected == null ? null
                : now.clips().stream().filter(c -> c.id().equals(selected)).findFirst().orElse(null);
        timeline.select(clip == null ? null : clip.id());
        clipNone.setVisible(clip == null);
        clipFields.setVisible(clip != null);
        clipHeading.setVisible(clip != null);
        if (clip == null || now == null) {
            selected = null;
            panelClip = null;
            return;
        }
        panelRevision = now.revision();
        boolean untouchedSinceShown = clip.equals(panelClip);
        panelClip = clip;
        clipHeading.setText(getTranslation("cut.timeline.clip.heading", labels.getOrDefault(clip.shot(), "")));
        clipPanel.getElement().setAttribute("data-clip", clip.id().toString());
        duration.setText(getTranslation("cut.timeline.clip.duration", Timecodes.of(clip.frames(), now.fps()),
                clip.frames()));
        // A live refresh for another change (a new take, another clip) must not throw away what someone is typing
        // into this clip's fields; a change to this very clip shows its new values.
        var chosen = take.getValue();
        @Nullable TakeId shownTake = !untouchedSinceShown ? clip.take() : chosen == null ? null : chosen.id();
        var shotTakes = takes.takes(id(), clip.shot());
        take.setItems(shotTakes);
        take.setValue(shotTakes.stream().filter(t -> t.id().equals(shownTake)).findFirst().orElse(null));
        if (!untouchedSinceShown) {
            inFrame.setValue(clip.inFrame());
            outFrame.setValue(clip.outFrame());
            transition.setValue(clip.transition());
            transitionFrames.setValue(clip.transitionFrames());
        }
        for (var field : List.of(inFrame, outFrame, transitionFrames)) {
            field.setReadOnly(!mayEdit);
        }
        take.setReadOnly(!mayEdit);
        transition.setReadOnly(!mayEdit);
        applyClip.setVisible(mayEdit);
    }

    private void showVersions() {
        versionList.removeAll();
        var saved = cuts.versions(id());
        if (saved.isEmpty()) {
            var none = new Span(getTranslation("cut.timeline.version.none"));
            none.addClassName("studio-muted");
            versionList.add(none);
            return;
        }
        int fps = cut == null ? 24 : cut.fps();
        for (var version : saved) {
            var row = new Div();
            row.addClassName("cut-version");
            row.getElement().setAttribute("data-version", version.id().toString());
            var name = new Span(version.name());
            name.addClassName("version-name");
            name.getStyle().set("font-weight", "600");
            var facts = new Span(getTranslation("cut.timeline.version.facts", version.clips(),
                    Timecodes.of(version.frames(), fps), version.madeBy(),
                    StudioTime.format(version.made(), FormatStyle.MEDIUM, FormatStyle.SHORT)));
            facts.addClassName("studio-muted");
            row.add(name, facts);
            if (mayEdit) {
                var restore = new Button(getTranslation("cut.timeline.version.restore"),
                        e -> restore(version.id(), version.name()));
                restore.addClassName("version-restore");
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(restore);
            }
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-s)")
                    .set("align-items", "baseline").set("padding", "var(--lumo-space-xs) 0");
            versionList.add(row);
        }
    }

    /**
     * Reads the sound tracks (the voices are made on the first read, which may take a while) on a thread of its own,
     * as the person on screen, and shows them when they come — unless a newer cut has asked for them meanwhile.
     */
    private void loadTracks(CutSnapshot now) {
        var ui = UI.getCurrent();
        var voiceSource = voices.getIfAvailable();
        var musicSource = music.getIfAvailable();
        var media = store.getIfAvailable();
        int asked = ++tracksAsked;
        if (ui == null || (voiceSource == null && musicSource == null)) {
            timeline.showTracks("{}");
            overrunNote.setVisible(false);
            return;
        }
        var security = SecurityContextHolder.getContext();
        var id = id();
        // A platform thread: making voices runs native speech synthesis, which would hold a virtual thread's carrier
        // (one per core, shared by every virtual thread of the studio) for the whole call.
        Thread.ofPlatform().daemon().name("cut-tracks").start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                List<TimedLine> lines = List.of();
                @Nullable MediaKey bed = null;
                try {
                    lines = voiceSource == null ? List.of() : voiceSource.timedLines(id, now);
                } catch (RuntimeException failed) {
                    LOG.warn("No voice track for the timeline of {}", id, failed);
                }
                try {
                    bed = musicSource == null ? null : musicSource.bed(id, now).orElse(null);
                } catch (RuntimeException failed) {
                    LOG.warn("No music track for the timeline of {}", id, failed);
                }
                var json = SoundTracks.json(media, lines, bed, now.fps(), now.length());
                long overruns = lines.stream().filter(TimedLine::overrun).count();
                ui.access(() -> {
                    if (asked == tracksAsked) {
                        timeline.showTracks(json);
                        overrunNote.setText(getTranslation("cut.timeline.overruns", overruns));
                        overrunNote.getElement().setAttribute("data-count", String.valueOf(overruns));
                        overrunNote.setVisible(overruns > 0);
                    }
                });
            } catch (com.vaadin.flow.component.UIDetachedException gone) {
                // The person left meanwhile.
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ editing

    /** One edit from the browser: {@code {rev, kind, clip, ...}} (see frontend/timeline.ts). */
    private void editFromBrowser(String json) {
        JsonNode edit;
        try {
            edit = JSON.readTree(json);
        } catch (RuntimeException malformed) {
            LOG.debug("Ignored a malformed timeline edit");
            return;
        }
        long base = edit.path("rev").asLong(-1);
        change(() -> {
            var clip = ClipId.parse(edit.path("clip").asString(""));
            CutEdit change = switch (edit.path("kind").asString("")) {
                case "move" -> new CutEdit.Move(clip, edit.path("to").asInt(0));
                case "trim" -> new CutEdit.Trim(clip, edit.path("in").asInt(-1), edit.path("out").asInt(-1));
                case "split" -> new CutEdit.Split(clip, edit.path("at").asInt(0));
                case "delete" -> new CutEdit.RippleDelete(clip);
                default -> throw new CutChangeRefused("cut.timeline.unknown-edit");
            };
            if (change instanceof CutEdit.Split || change instanceof CutEdit.RippleDelete) {
                selected = clip;
            }
            return cuts.edit(id(), base, change);
        });
    }

    private void selectFromBrowser(String id) {
        try {
            selected = id.isBlank() ? null : ClipId.parse(id);
        } catch (UserFacingException malformed) {
            selected = null;
        }
        showClip(shotLabels());
    }

    /** Each shot's label as people say it: scene number, dot, shot number ("12.3"). */
    private Map<ShotId, String> shotLabels() {
        var list = breakdowns.shotList(id());
        var scenes = new HashMap<Object, String>();
        list.scenes().forEach(scene -> scenes.put(scene.id(),
                scene.sceneNumber() != null ? scene.sceneNumber() : String.valueOf(scene.number())));
        var labels = new HashMap<ShotId, String>();
        list.shots().forEach(shot -> labels.put(shot.id(), scenes.getOrDefault(shot.sceneId(), "?") + "." + shot.number()));
        return labels;
    }

    /** The clip panel's changes, each as one edit on the revision the panel was filled from. */
    private void applyClip() {
        var now = cut;
        var clipId = selected;
        if (now == null || clipId == null) {
            return;
        }
        var clip = now.clips().stream().filter(c -> c.id().equals(clipId)).findFirst().orElse(null);
        long base = panelRevision;
        change(() -> {
            CutSnapshot after = now;
            var chosen = take.getValue();
            @Nullable TakeId takeId = chosen == null ? null : chosen.id();
            if (clip == null) {
                throw new CutChangeRefused("cut.timeline.clip-gone");
            }
            boolean first = true;
            if (!Objects.equals(takeId, clip.take())) {
                after = cuts.edit(id(), base, new CutEdit.UseTake(clipId, takeId));
                first = false;
            }
            int in = valueOr(inFrame, clip.inFrame());
            int out = valueOr(outFrame, clip.outFrame());
            var current = clipIn(after, clipId);
            if (current != null && (in != current.inFrame() || out != current.outFrame())) {
                after = cuts.edit(id(), first ? base : after.revision(), new CutEdit.Trim(clipId, in, out));
                first = false;
            }
            var kind = transition.getValue() == null ? Transition.CUT : transition.getValue();
            int frames = kind == Transition.CUT ? 0 : valueOr(transitionFrames, 0);
            current = clipIn(after, clipId);
            if (current != null && (kind != current.transition() || frames != current.transitionFrames())) {
                after = cuts.edit(id(), first ? base : after.revision(),
                        new CutEdit.ChangeTransition(clipId, kind, frames));
            }
            return after;
        });
    }

    private static @Nullable Clip clipIn(CutSnapshot cut, ClipId id) {
        return cut.clips().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static int valueOr(IntegerField field, int fallback) {
        var value = field.getValue();
        return value == null ? fallback : value;
    }

    private void saveVersion() {
        try {
            var saved = cuts.saveVersion(id(), versionName.getValue());
            versionName.clear();
            Notices.success(getTranslation("cut.timeline.version.saved", saved.name()));
            showVersions();
        } catch (UserFacingException refused) {
            Notices.error(translate(refused));
        }
    }

    private void restore(CutVersionId version, String name) {
        change(() -> {
            var restored = cuts.restore(id(), version);
            Notices.success(getTranslation("cut.timeline.version.restored", name));
            return restored;
        });
    }

    /**
     * Makes a change through the cut and shows the result; a refused change (another editor removed the clip, a trim
     * outside the take, no right to edit) shows its message and the cut as it is now.
     */
    private void change(java.util.function.Supplier<CutSnapshot> edit) {
        try {
            show(edit.get());
        } catch (UserFacingException refused) {
            Notices.error(translate(refused));
            try {
                show(cuts.current(id()));
            } catch (UserFacingException gone) {
                LOG.debug("The cut is no longer readable: {}", gone.messageKey());
            }
        }
    }

    private String translate(UserFacingException refused) {
        return translations.translate(getLocale(), refused.messageKey(), refused.arguments());
    }

    private long revision() {
        var now = cut;
        return now == null ? -1 : now.revision();
    }

    private ProjectId id() {
        var id = projectId;
        if (id == null) {
            throw new IllegalStateException("no project entered");
        }
        return id;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cut.timeline.title") + " · Film Factory";
    }
}
