package org.filmfactory.cut.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutEdit;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.CutVersionId;
import org.filmfactory.cut.Cuts;
import org.filmfactory.cut.Transition;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeView;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeline in real browsers on two studio nodes, against the real cut: an editor trims with I and O, splits with
 * S, drags a clip to the end, undoes and redoes with the keys, ripple-deletes, changes a transition, a title card
 * and saves and restores a version — and the server's cut shows each; the preview shows the exact take frame under
 * the playhead. Two editors on two nodes edit at once: each sees the other's change without a reload and both
 * survive. Dragging a clip's edges trims it, and a viewer on the other node sees the new trim live; choosing
 * another take in the clip panel puts it in the cut, seen live by another editor; a shot whose selected take changed
 * after it was cut shows the "changed" badge until the cut uses that take. A viewer sees no edit controls, and an
 * edit forged in their browser is refused with nothing changed. Every test starts from the same cut (a saved
 * version restored before each).
 */
class TimelineBrowserIT {

    static final String SCRIPT = """
            INT. KITCHEN - NIGHT

            MAYA pours tea. The kettle still steams.

            MAYA
            You came back.

            EXT. GARDEN - DAY

            Tomas waits by the gate.

            INT. HALL - NIGHT

            The door opens. Wind.

            EXT. STREET - DAWN

            A bus pulls away.
            """;

    static final OutputFormat FORMAT = new OutputFormat(360, 640, 24);
    static final JsonMapper JSON = JsonMapper.builder().build();

    static StudioNodes nodes;
    static Chromium chromium;
    static ProjectId project;
    static Actor owner;
    static Actor editor;
    static Actor editor2;
    static Actor viewer;
    /** The cut as the shot list and the first takes made it: every test starts from it. */
    static CutVersionId start;
    /** A shot with a second take, made after the cut was: its first take is the selected one and the clip's. */
    static TakeView firstTake;
    static TakeView secondTake;

    @BeforeAll
    static void start() {
        nodes = new StudioNodes(2).start();
        chromium = new Chromium();
        var nodeA = nodes.node(0);
        owner = Actors.create(nodeA, "Olga Owner").signIn();
        project = nodeA.getBean(ProjectManagement.class).create(new NewProject("Tea", "", ScriptLanguage.EN, FORMAT));
        nodeA.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Eve Editor");
        editor2 = owner.bringOnto(project, ProjectRole.EDITOR, "Ed Editor");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vic Viewer");
        owner.signIn();
        var breakdowns = nodeA.getBean(Breakdowns.class);
        var shots = await().atMost(ofSeconds(60)).pollInSameThread()
                .until(() -> breakdowns.shots(project), s -> s.size() >= 4);
        var takes = nodeA.getBean(TakeGeneration.class);
        takes.generateAllMissing(project);
        await().atMost(ofSeconds(240)).pollInSameThread()
                .until(() -> takes.totals(project).ready() == shots.size());
        var cuts = nodeA.getBean(Cuts.class);
        await().atMost(ofSeconds(30)).pollInSameThread()
                .until(() -> cuts.current(project).clips(), clips -> clips.size() == shots.size()
                        && clips.stream().allMatch(clip -> clip.take() != null));
        var cut = cuts.current(project);
        var shot = cut.clips().get(3).shot();
        takes.generate(project, shot, null);
        var both = await().atMost(ofSeconds(120)).pollInSameThread()
                .until(() -> takes.takes(project, shot), list -> list.size() == 2);
        firstTake = both.stream().filter(TakeView::selected).findFirst().orElseThrow();
        secondTake = both.stream().filter(take -> !take.selected()).findFirst().orElseThrow();
        assertThat(firstTake.id()).isEqualTo(cut.clips().get(3).take());
        start = cuts.saveVersion(project, "Start").id();
        Actors.signOut();
    }

    /**
     * Each test starts from the same cut: what one test leaves behind (a four-frame first clip with a crossfade over
     * its last three frames, after the editor's test) would change which clip another test's keys act on.
     */
    @BeforeEach
    void fromTheStart() {
        owner.signIn();
        try {
            nodes.node(0).getBean(Cuts.class).restore(project, start);
        } finally {
            Actors.signOut();
        }
    }

    @AfterAll
    static void stop() {
        chromium.close();
        nodes.close();
    }

    @Test
    void editorTrimsSplitsMovesUndoesAndTheServersCutShowsIt() {
        var page = open(nodes.url(0), editor);
        try {
            var before = cut();
            assertThat(page.locator("#timeline").getAttribute("data-revision"))
                    .isEqualTo(String.valueOf(before.revision()));
            assertThat(page.locator("#timeline").getAttribute("data-clips"))
                    .isEqualTo(String.valueOf(before.clips().size()));
            assertThat(page.locator("#cut-read-only").isVisible()).isFalse();

            // The preview shows the take frame under the playhead: the second clip, 7 frames in.
            var second = before.clips().get(1);
            int at = before.starts()[1] + 7;
            showFrame(page, at);
            var media = media(before);
            var expectedTime = (second.inFrame() + 7 + 0.5) / before.fps();
            // (Whether the browser then decodes it is the media route's business: it is not checked here.)
            assertThat(preview(page)).isEqualTo(Map.of("src", media.get(second.id()), "time", expectedTime));
            assertThat(page.locator("#timeline").getAttribute("data-clip")).isEqualTo(second.id().toString());
            assertThat(page.locator("#timeline").evaluate("t => t.shadowRoot.querySelector('.readout').textContent"))
                    .isEqualTo(Timecodes.of(at, before.fps()));

            // I at 5 frames into the first clip: its in point moves there; O 10 frames later: its out point.
            var first = before.clips().getFirst();
            showFrame(page, before.starts()[0] + 5);
            page.keyboard().press("i");
            var trimmed = awaitRevision(page, before.revision() + 1);
            assertThat(clip(trimmed, first.id())).isEqualTo(new Clip(first.id(), first.shot(), first.take(),
                    first.inFrame() + 5, first.outFrame(), first.transition(), first.transitionFrames()));
            showFrame(page, trimmed.starts()[0] + 10);
            page.keyboard().press("o");
            var trimmedOut = awaitRevision(page, before.revision() + 2);
            assertThat(clip(trimmedOut, first.id())).isEqualTo(new Clip(first.id(), first.shot(), first.take(),
                    first.inFrame() + 5, first.inFrame() + 16, first.transition(), first.transitionFrames()));

            // S 4 frames into the second clip: two clips of 4 and the rest.
            showFrame(page, trimmedOut.starts()[1] + 4);
            page.keyboard().press("s");
            var split = awaitRevision(page, before.revision() + 3);
            assertThat(split.clips()).hasSize(before.clips().size() + 1);
            assertThat(split.clips().get(1)).isEqualTo(new Clip(second.id(), second.shot(), second.take(),
                    second.inFrame(), second.inFrame() + 4, second.transition(), second.transitionFrames()));
            assertThat(split.clips().get(2).take()).isEqualTo(second.take());
            assertThat(split.clips().get(2).inFrame()).isEqualTo(second.inFrame() + 4);
            assertThat(split.clips().get(2).outFrame()).isEqualTo(second.outFrame());

            // Drag the first clip past the end: it becomes the last.
            fitWholeFilm(page);
            var box = canvasBox(page);
            double zoom = ((Number) page.locator("#timeline").evaluate("t => t.pixelsPerFrame")).doubleValue();
            double y = box.get("y") + 20 + 28;
            double x = box.get("x") + (split.starts()[0] + split.clips().get(0).frames() / 2.0) * zoom;
            page.mouse().move(x, y);
            page.mouse().down();
            page.mouse().move(x + 30, y);
            page.mouse().move(box.get("x") + box.get("width") - 2, y);
            page.mouse().up();
            var moved = awaitRevision(page, before.revision() + 4);
            var expectedOrder = new ArrayList<>(ids(split));
            expectedOrder.add(expectedOrder.removeFirst());
            assertThat(ids(moved)).containsExactlyElementsOf(expectedOrder);

            // Ctrl+Z takes the move back, Ctrl+Shift+Z makes it again.
            page.keyboard().press("Control+z");
            var undone = awaitRevision(page, before.revision() + 5);
            assertThat(ids(undone)).containsExactlyElementsOf(ids(split));
            page.keyboard().press("Control+Shift+Z");
            var redone = awaitRevision(page, before.revision() + 6);
            assertThat(ids(redone)).containsExactlyElementsOf(expectedOrder);

            // Click a clip and press Delete: it is gone, the ones after it move up.
            var victim = redone.clips().get(1);
            x = box.get("x") + (redone.starts()[1] + victim.frames() / 2.0) * zoom;
            page.mouse().click(x, y);
            page.locator("#clip-panel[data-clip='" + victim.id() + "']").waitFor();
            page.keyboard().press("Delete");
            var deleted = awaitRevision(page, before.revision() + 7);
            var left = new ArrayList<>(expectedOrder);
            left.remove(victim.id());
            assertThat(ids(deleted)).containsExactlyElementsOf(left);

            // The clip panel: a crossfade of 3 frames into the (now) second clip (the first is 4 frames long).
            var target = deleted.clips().get(1);
            x = box.get("x") + (deleted.starts()[1] + target.frames() / 2.0) * zoom;
            page.mouse().click(x, y);
            page.locator("#clip-panel[data-clip='" + target.id() + "']").waitFor();
            Chromium.choose(page, "clip-transition", "Crossfade");
            // The server answers the choice with a default length: let it land before typing over it.
            Chromium.awaitServer(page);
            page.locator("#clip-transition-frames input").fill("3");
            page.locator("#clip-apply").click();
            var faded = awaitRevision(page, before.revision() + 8);
            assertThat(clip(faded, target.id()).transition()).isEqualTo(Transition.CROSSFADE);
            assertThat(clip(faded, target.id()).transitionFrames()).isEqualTo(3);
            assertThat(faded.clips().get(0).frames()).isEqualTo(4);
            assertThat(faded.starts()[1]).isEqualTo(faded.starts()[0] + 4 - 3);

            // A title card.
            page.locator("#title-card .card-text textarea").fill("Tea\nfor two");
            page.locator("#title-card .card-frames input").fill("36");
            page.locator("#title-card .card-save").click();
            var titled = awaitRevision(page, before.revision() + 9);
            assertThat(titled.title().text()).isEqualTo("Tea\nfor two");
            assertThat(titled.title().frames()).isEqualTo(36);
            assertThat(titled.starts()[0]).isEqualTo(36);

            // A version, then a change, then the version restored.
            page.locator("#version-name input").fill("First assembly");
            page.locator("#version-save").click();
            page.locator("#version-list .cut-version .version-name").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("First assembly")).waitFor();
            var saved = ids(titled);
            page.keyboard().press("Delete");
            var changedAgain = awaitRevision(page, before.revision() + 10);
            assertThat(changedAgain.clips()).hasSize(titled.clips().size() - 1);
            page.locator("#version-list .version-restore").first().click();
            var restored = awaitRevision(page, before.revision() + 11);
            assertThat(ids(restored)).containsExactlyElementsOf(saved);
            assertThat(restored.title().text()).isEqualTo("Tea\nfor two");
        } finally {
            Chromium.screenshot(page, "timeline-editor");
            page.context().close();
        }
    }

    @Test
    void aChangeByAnotherEditorKeepsWhatIsBeingTypedIntoTheClipPanel() {
        var page = open(nodes.url(1), editor);
        try {
            var before = cut();
            var target = before.clips().get(1);
            var other = before.clips().getLast();
            fitWholeFilm(page);
            var box = canvasBox(page);
            double zoom = ((Number) page.locator("#timeline").evaluate("t => t.pixelsPerFrame")).doubleValue();
            page.mouse().click(box.get("x") + (before.starts()[1] + target.frames() / 2.0) * zoom,
                    box.get("y") + 20 + 28);
            page.locator("#clip-panel[data-clip='" + target.id() + "']").waitFor();
            Chromium.choose(page, "clip-transition", "Crossfade");
            // The server answers the choice with a default length: let it land before typing over it.
            Chromium.awaitServer(page);
            page.locator("#clip-transition-frames input").fill("2");
            page.locator("#clip-transition-frames input").blur();
            Chromium.awaitServer(page);

            // Meanwhile another editor, on the other node, trims another clip; the page shows their cut live.
            editor2.signIn();
            try {
                nodes.node(0).getBean(Cuts.class).edit(project, before.revision(),
                        new CutEdit.Trim(other.id(), other.inFrame(), other.outFrame() - 1));
            } finally {
                Actors.signOut();
            }
            page.waitForCondition(() -> String.valueOf(before.revision() + 1)
                    .equals(page.locator("#timeline").getAttribute("data-revision")));

            // The crossfade chosen before that is still in the panel and is what Apply makes.
            page.locator("#clip-apply").click();
            var after = awaitRevision(page, before.revision() + 2);
            assertThat(clip(after, target.id()).transition()).isEqualTo(Transition.CROSSFADE);
            assertThat(clip(after, target.id()).transitionFrames()).isEqualTo(2);
            assertThat(clip(after, other.id()).outFrame()).isEqualTo(other.outFrame() - 1);
        } finally {
            Chromium.screenshot(page, "timeline-panel-kept");
            page.context().close();
        }
    }

    @Test
    void twoEditorsOnTwoNodesSeeEachOthersChangesLiveAndBothSurvive() {
        var pageA = open(nodes.url(0), editor);
        var pageB = open(nodes.url(1), editor2);
        try {
            var before = cut();
            pageB.evaluate("() => { window.__noReload = true; }");
            var first = before.clips().getFirst();
            var last = before.clips().getLast();
            // I acts on the clip on screen under the playhead: during a crossfade that is the incoming clip, so the
            // frame must lie before the second clip starts.
            assertThat(before.starts()[1]).isGreaterThan(before.starts()[0] + 3);
            // Both made on the same revision, one right after the other: the second is rebased, not lost.
            showFrame(pageA, before.starts()[0] + 3);
            showFrame(pageB, before.starts()[before.clips().size() - 1] + 5);
            pageA.keyboard().press("i");
            pageB.keyboard().press("s");

            var both = await().atMost(ofSeconds(20)).pollInSameThread().until(TimelineBrowserIT::cut,
                    cut -> cut.revision() == before.revision() + 2);
            assertThat(clip(both, first.id()).inFrame()).isEqualTo(first.inFrame() + 3);
            assertThat(both.clips()).hasSize(before.clips().size() + 1);
            assertThat(clip(both, last.id()).frames()).isEqualTo(5);
            // Each browser shows the cut with both changes, without a reload.
            for (var page : List.of(pageA, pageB)) {
                page.waitForCondition(() -> String.valueOf(both.revision())
                        .equals(page.locator("#timeline").getAttribute("data-revision")));
                var shown = browserCut(page);
                assertThat(shown.get("ids")).isEqualTo(ids(both).stream().map(ClipId::toString).toList());
                @SuppressWarnings("unchecked")
                var numbers = (List<Number>) shown.get("c");
                assertThat(numbers.get(2).intValue()).isEqualTo(first.inFrame() + 3);
            }
            assertThat(pageB.evaluate("() => window.__noReload === true")).isEqualTo(true);
        } finally {
            Chromium.screenshot(pageA, "timeline-editor-a");
            Chromium.screenshot(pageB, "timeline-editor-b");
            pageA.context().close();
            pageB.context().close();
        }
    }

    @Test
    void draggingAClipsEdgesTrimsItOnTheServerAndForAViewerOnTheOtherNodeLive() {
        var page = open(nodes.url(0), editor);
        var watching = open(nodes.url(1), viewer);
        try {
            watching.evaluate("() => { window.__noReload = true; }");
            var before = cut();
            int index = 2;
            var target = before.clips().get(index);
            assertThat(target.transition()).isEqualTo(Transition.CUT);
            assertThat(before.clips().get(index + 1).transition()).isEqualTo(Transition.CUT);
            fitWholeFilm(page);
            var box = canvasBox(page);
            double zoom = ((Number) page.locator("#timeline").evaluate("t => t.pixelsPerFrame")).doubleValue();
            double y = box.get("y") + 20 + 28;

            // The left edge 10 frames to the right: the clip starts 10 frames later in its take.
            double left = box.get("x") + before.starts()[index] * zoom + 2;
            drag(page, left, left + 10 * zoom, y);
            var trimmedIn = awaitRevision(page, before.revision() + 1);
            assertThat(clip(trimmedIn, target.id())).isEqualTo(new Clip(target.id(), target.shot(), target.take(),
                    target.inFrame() + 10, target.outFrame(), target.transition(), target.transitionFrames()));

            // The right edge 12 frames to the left: it ends 12 frames earlier.
            double right = box.get("x") + (trimmedIn.starts()[index] + trimmedIn.clips().get(index).frames()) * zoom
                    - 2;
            drag(page, right, right - 12 * zoom, y);
            var trimmedOut = awaitRevision(page, before.revision() + 2);
            assertThat(clip(trimmedOut, target.id())).isEqualTo(new Clip(target.id(), target.shot(), target.take(),
                    target.inFrame() + 10, target.outFrame() - 12, target.transition(), target.transitionFrames()));
            assertThat(trimmedOut.starts()[index + 1]).isEqualTo(before.starts()[index + 1] - 22);

            // The viewer on the other node sees the trimmed clip without a reload.
            watching.waitForCondition(() -> String.valueOf(trimmedOut.revision())
                    .equals(watching.locator("#timeline").getAttribute("data-revision")));
            var shown = browserCut(watching);
            @SuppressWarnings("unchecked")
            var numbers = (List<Number>) shown.get("c");
            int at = index * Timeline.STRIDE;
            assertThat(shown.get("ids")).isEqualTo(ids(trimmedOut).stream().map(ClipId::toString).toList());
            assertThat(List.of(numbers.get(at).intValue(), numbers.get(at + 1).intValue(),
                    numbers.get(at + 2).intValue(), numbers.get(at + 3).intValue()))
                    .containsExactly(before.starts()[index], target.frames() - 22, target.inFrame() + 10,
                            target.outFrame() - 12);
            assertThat(watching.evaluate("() => window.__noReload === true")).isEqualTo(true);
        } finally {
            Chromium.screenshot(page, "timeline-edge-editor");
            Chromium.screenshot(watching, "timeline-edge-viewer");
            page.context().close();
            watching.context().close();
        }
    }

    @Test
    void choosingAnotherTakeOfAShotPutsItInTheCutAndAnotherBrowserSeesItLive() {
        var page = open(nodes.url(0), editor);
        var other = open(nodes.url(1), editor2);
        try {
            other.evaluate("() => { window.__noReload = true; }");
            var before = cut();
            var target = before.clips().get(3);
            assertThat(target.take()).isEqualTo(firstTake.id());
            var mediaBefore = media(before).get(target.id());
            assertThat(shownVideo(other, target.id())).isEqualTo(mediaBefore);

            selectClip(page, before, 3);
            assertThat(page.locator("#clip-take input").inputValue()).isEqualTo(takeLabel(firstTake));
            pickTake(page, secondTake);
            page.locator("#clip-apply").click();

            var after = awaitRevision(page, before.revision() + 1);
            assertThat(clip(after, target.id())).isEqualTo(new Clip(target.id(), target.shot(), secondTake.id(),
                    target.inFrame(), target.outFrame(), target.transition(), target.transitionFrames()));
            var mediaAfter = media(after).get(target.id());
            assertThat(mediaAfter).isNotEqualTo(mediaBefore);
            // The other editor, on the other node, sees the clip play the chosen take without a reload.
            other.waitForCondition(() -> String.valueOf(after.revision())
                    .equals(other.locator("#timeline").getAttribute("data-revision")));
            assertThat(shownVideo(other, target.id())).isEqualTo(mediaAfter);
            assertThat(shownVideo(page, target.id())).isEqualTo(mediaAfter);
            assertThat(other.evaluate("() => window.__noReload === true")).isEqualTo(true);
        } finally {
            Chromium.screenshot(page, "timeline-take-editor");
            Chromium.screenshot(other, "timeline-take-other");
            page.context().close();
            other.context().close();
        }
    }

    @Test
    void aShotWhoseSelectedTakeChangedAfterItWasCutShowsTheBadgeUntilTheCutUsesThatTake() {
        var page = open(nodes.url(1), editor);
        try {
            var before = cut();
            var target = before.clips().get(3);
            assertThat(page.locator("#cut-changed").isVisible()).isFalse();
            assertThat(changedFlags(page)).containsOnly(0);

            // The owner selects the shot's other take, on the other node: the badge comes up live.
            select(secondTake);
            page.locator("#cut-changed[data-count='1']").waitFor();
            assertThat(page.locator("#cut-changed").textContent()).isEqualTo("1 clips show a shot that changed since");
            var flags = new ArrayList<Integer>(java.util.Collections.nCopies(before.clips().size(), 0));
            flags.set(3, Timeline.FLAG_CHANGED);
            assertThat(changedFlags(page)).containsExactlyElementsOf(flags);
            assertThat(changedShots()).containsExactly(target.shot());
            assertThat(cut()).isEqualTo(before);

            // The editor puts the selected take in the cut: the badge goes.
            selectClip(page, before, 3);
            pickTake(page, secondTake);
            page.locator("#clip-apply").click();
            var after = awaitRevision(page, before.revision() + 1);
            assertThat(clip(after, target.id()).take()).isEqualTo(secondTake.id());
            page.locator("#cut-changed").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
            assertThat(changedFlags(page)).containsOnly(0);
            assertThat(changedShots()).isEmpty();
        } finally {
            Chromium.screenshot(page, "timeline-changed-badge");
            page.context().close();
            select(firstTake);
        }
    }

    @Test
    void viewerSeesNoEditControlsAndAForgedEditIsRefused() {
        var page = open(nodes.url(1), viewer);
        try {
            var before = cut();
            assertThat(page.locator("#cut-read-only").isVisible()).isTrue();
            assertThat(page.locator("#version-save").isVisible()).isFalse();
            assertThat(page.locator("#title-card .card-save").isVisible()).isFalse();
            assertThat(page.locator("#timeline").getAttribute("editable")).isNull();
            assertThat(page.locator("#timeline").evaluate("t => [...t.shadowRoot.querySelectorAll('button[data-edit]')]"
                    + ".filter(b => b.checkVisibility()).length")).isEqualTo(0);
            // Keys that edit do nothing for a viewer.
            showFrame(page, before.starts()[0] + 2);
            page.keyboard().press("s");
            page.keyboard().press("Delete");
            Chromium.awaitServer(page);

            // An edit forged in the viewer's browser reaches the server and is refused there.
            page.evaluate("([rev, clip]) => document.querySelector('#timeline').dispatchEvent(new CustomEvent("
                    + "'timeline-edit', {detail: {json: JSON.stringify({rev: Number(rev), kind: 'delete', clip})}}))",
                    List.of(String.valueOf(before.revision()), before.clips().getFirst().id().toString()));
            page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Your role in this project does not allow editing the cut.")).waitFor();
            assertThat(cut()).isEqualTo(before);
        } finally {
            Chromium.screenshot(page, "timeline-viewer");
            page.context().close();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static Page open(String base, Actor actor) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, actor.email(), Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/cut");
        page.locator("#timeline[data-revision]").waitFor();
        page.waitForCondition(() -> !"-1".equals(page.locator("#timeline").getAttribute("data-revision")));
        return page;
    }

    /** Presses the mouse at {@code from}, moves it in two steps to {@code to} and lets go. */
    static void drag(Page page, double from, double to, double y) {
        page.mouse().move(from, y);
        page.mouse().down();
        page.mouse().move((from + to) / 2, y);
        page.mouse().move(to, y);
        page.mouse().up();
    }

    /** Clicks the middle of clip {@code index} on the timeline and waits for its panel. */
    static void selectClip(Page page, CutSnapshot cut, int index) {
        fitWholeFilm(page);
        var box = canvasBox(page);
        double zoom = ((Number) page.locator("#timeline").evaluate("t => t.pixelsPerFrame")).doubleValue();
        var clip = cut.clips().get(index);
        page.mouse().click(box.get("x") + (cut.starts()[index] + clip.frames() / 2.0) * zoom, box.get("y") + 20 + 28);
        page.locator("#clip-panel[data-clip='" + clip.id() + "']").waitFor();
    }

    static String takeLabel(TakeView take) {
        return "Take " + take.number() + " (" + take.generator() + ")";
    }

    /** Chooses {@code take} in the clip panel's take picker. */
    static void pickTake(Page page, TakeView take) {
        page.locator("#clip-take").locator("[part~='toggle-button']").click();
        page.locator("vaadin-combo-box-item:visible").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(takeLabel(take))).first().click();
        Chromium.awaitServer(page);
        assertThat(page.locator("#clip-take input").inputValue()).isEqualTo(takeLabel(take));
    }

    /** The video the page's timeline plays for a clip. */
    @SuppressWarnings("unchecked")
    static String shownVideo(Page page, ClipId clip) {
        var shown = browserCut(page);
        int index = ((List<String>) shown.get("ids")).indexOf(clip.toString());
        int media = ((List<Number>) shown.get("c")).get(index * Timeline.STRIDE + 6).intValue();
        return ((List<List<String>>) shown.get("m")).get(media).get(1);
    }

    /** Each clip's "changed" flag as the page's timeline has it. */
    @SuppressWarnings("unchecked")
    static List<Integer> changedFlags(Page page) {
        var numbers = (List<Number>) browserCut(page).get("c");
        var flags = new ArrayList<Integer>();
        for (int i = 7; i < numbers.size(); i += Timeline.STRIDE) {
            flags.add(numbers.get(i).intValue() & Timeline.FLAG_CHANGED);
        }
        return flags;
    }

    static java.util.Set<org.filmfactory.breakdown.ShotId> changedShots() {
        owner.signIn();
        try {
            return nodes.node(0).getBean(Cuts.class).changedShots(project, null);
        } finally {
            Actors.signOut();
        }
    }

    /** The owner selects a take, through node 0. */
    static void select(TakeView take) {
        owner.signIn();
        try {
            nodes.node(0).getBean(TakeGeneration.class).select(project, take.id());
        } finally {
            Actors.signOut();
        }
    }

    /** The take the preview's video was given and the time it was sought to, as the element notes them. */
    static Map<String, Object> preview(Page page) {
        var timeline = page.locator("#timeline");
        var src = String.valueOf(timeline.evaluate("t => t.shadowRoot.querySelector('video').getAttribute('src')"));
        assertThat(timeline.getAttribute("data-source")).isEqualTo(src);
        return Map.of("src", src, "time", Double.parseDouble(timeline.getAttribute("data-source-time")));
    }

    static CutSnapshot cut() {
        owner.signIn();
        try {
            return nodes.node(0).getBean(Cuts.class).current(project);
        } finally {
            Actors.signOut();
        }
    }

    static Map<ClipId, String> media(CutSnapshot cut) {
        owner.signIn();
        try {
            var media = nodes.node(0).getBean(Cuts.class).media(project, cut);
            var urls = new java.util.HashMap<ClipId, String>();
            media.forEach((id, m) -> urls.put(id, "/media/" + m.file().path()));
            return urls;
        } finally {
            Actors.signOut();
        }
    }

    /** Waits until the server's cut and the page are both at {@code revision}; the cut then. */
    static CutSnapshot awaitRevision(Page page, long revision) {
        // Generous: on a loaded 2-core machine a Vaadin round trip plus the edit's transaction can take seconds.
        var cut = await().atMost(ofSeconds(60)).pollInSameThread().until(TimelineBrowserIT::cut,
                c -> c.revision() >= revision);
        assertThat(cut.revision()).isEqualTo(revision);
        page.waitForCondition(() -> String.valueOf(revision).equals(page.locator("#timeline")
                .getAttribute("data-revision")));
        return cut;
    }

    static void showFrame(Page page, int frame) {
        page.locator("#timeline").evaluate("(t, f) => t.showFrame(f)", frame);
        page.waitForCondition(() -> String.valueOf(frame).equals(page.locator("#timeline")
                .getAttribute("data-playhead")));
    }

    /** Zooms out until the whole film fits the timeline's width. */
    static void fitWholeFilm(Page page) {
        page.locator("#timeline").evaluate("t => { const s = t.shadowRoot.querySelector('.scroller');"
                + " t.pixelsPerFrame = (s.clientWidth - 4) / Number(t.getAttribute('data-length'));"
                + " s.scrollLeft = 0; }");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Double> canvasBox(Page page) {
        var box = (Map<String, Number>) page.locator("#timeline").evaluate("t => { const r = t.shadowRoot"
                + ".querySelector('canvas').getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width}; }");
        var doubles = new java.util.HashMap<String, Double>();
        box.forEach((k, v) -> doubles.put(k, v.doubleValue()));
        return doubles;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> browserCut(Page page) {
        return (Map<String, Object>) page.locator("#timeline").evaluate("t => JSON.parse(t.cutJson)");
    }

    static Clip clip(CutSnapshot cut, ClipId id) {
        return cut.clips().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static List<ClipId> ids(CutSnapshot cut) {
        return cut.clips().stream().map(Clip::id).toList();
    }
}
