package org.filmfactory.screenplay.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.LineAuthor;
import org.filmfactory.screenplay.ScriptComparison.Change;
import org.filmfactory.screenplay.ScriptComparison.ComparedLine;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptHistory;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StandaloneUi;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The history panel as a plain component over the real services, in a Chinese UI. */
@StudioTest
class ScriptHistoryPanelIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptHistory history;
    @Autowired
    ScriptEditing editing;
    @Autowired
    Translations translations;

    Actor owner;
    Actor writer;
    Actor viewer;
    ProjectId project;
    UI ui;

    @BeforeEach
    void crew() {
        ui = StandaloneUi.create(Locale.SIMPLIFIED_CHINESE);
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Tea House", "", ScriptLanguage.ZH, OutputFormat.VERTICAL_HD));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "王小明");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        writer.signIn();
        editing.save(project, 0, "内景。茶馆 - 日\n王：你来了。\n");
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
        UI.setCurrent(null);
    }

    private ScriptHistoryPanel panel() {
        var panel = new ScriptHistoryPanel(history, translations, project, editing.open(project).editable());
        ui.add(panel);
        return panel;
    }

    @Test
    void aWriterNamesAVersionFromTheFieldAndSeesItListed() {
        var panel = panel();
        assertThat(find(panel, "history-none")).isPresent();
        var name = (TextField) find(panel, "history-name").orElseThrow();
        name.setValue("给客户的第二稿");
        ((Button) find(panel, "history-name-save").orElseThrow()).click();

        var version = history.versions(project).getFirst();
        assertThat(version.name()).isEqualTo("给客户的第二稿");
        var row = find(panel, "version-" + version.id()).orElseThrow();
        assertThat(texts(row)).contains("给客户的第二稿");
        assertThat(find(panel, "version-restore-" + version.id())).isPresent();
        assertThat(name.getValue()).isEmpty();
        assertThat(find(panel, "history-none")).isEmpty();
    }

    @Test
    void aRefusedNameIsExplainedBesideTheFieldInTheReadersLanguage() {
        var panel = panel();
        var name = (TextField) find(panel, "history-name").orElseThrow();
        name.setValue("   ");
        ((Button) find(panel, "history-name-save").orElseThrow()).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(
                translations.translate(Locale.SIMPLIFIED_CHINESE, "screenplay.history.error.name-empty"));
        assertThat(name.getErrorMessage()).isEqualTo("请为版本起个名字。");
        assertThat(history.versions(project)).isEmpty();
    }

    @Test
    void aViewerGetsNoNamingAndNoRestoreButCanCompare() {
        var version = history.name(project, "第一稿");
        replaceFirstLine("内景。茶馆 - 夜");

        viewer.signIn();
        var panel = panel();
        assertThat(find(panel, "history-name")).isEmpty();
        assertThat(find(panel, "version-restore-" + version.id())).isEmpty();
        ((Button) find(panel, "version-compare-" + version.id()).orElseThrow()).click();

        var lines = lines(comparison(panel));
        assertThat(lines).extracting(ComparedLine::change).containsExactly(Change.CHANGED, Change.SAME, Change.SAME);
        assertThat(lines.getFirst()).isEqualTo(new ComparedLine(Change.CHANGED, 1, "内景。茶馆 - 日", 1, "内景。茶馆 - 夜"));
        assertThat(find(panel, "history-compare-summary").map(ScriptHistoryPanelIT::text))
                .contains("修改 1 行，删除 0 行，新增 0 行。");
    }

    @Test
    void viewingShowsTheVersionsWholeText() {
        var version = history.name(project, "第一稿");
        replaceFirstLine("内景。茶馆 - 夜");
        var panel = panel();
        ((Button) find(panel, "version-view-" + version.id()).orElseThrow()).click();
        assertThat(find(panel, "history-text").map(ScriptHistoryPanelIT::text))
                .contains("内景。茶馆 - 日\n王：你来了。\n");
    }

    @Test
    void longUnchangedStretchesFoldIntoAButtonThatUnfoldsThem() {
        var lines = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            lines.append("第").append(i).append("行\n");
        }
        editing.save(project, editing.open(project).revision(), lines.toString());
        var version = history.name(project, "长稿");
        var now = editing.open(project);
        editing.save(project, now.revision(), now.text().replace("第15行", "第十五行"));

        var panel = panel();
        ((Button) find(panel, "version-compare-" + version.id()).orElseThrow()).click();
        var compare = comparison(panel);
        // 31 lines: 14 unchanged, 1 changed, 16 unchanged (the last one empty); 3 kept on each side of the change.
        assertThat(lines(compare)).hasSize(7);
        var folds = compare.rows().stream().filter(row -> row instanceof ScriptComparisonView.Fold)
                .map(row -> (ScriptComparisonView.Fold) row).toList();
        assertThat(folds).extracting(fold -> fold.lines().size()).containsExactly(11, 13);
        assertThat(translations.translate(Locale.SIMPLIFIED_CHINESE, "screenplay.history.compare.unchanged", 11))
                .isEqualTo("显示 11 行未改动的内容");
        compare.unfold(folds.getFirst());
        assertThat(lines(compare)).hasSize(18);
        assertThat(lines(compare).getFirst()).isEqualTo(new ComparedLine(Change.SAME, 1, "第1行", 1, "第1行"));
    }

    @Test
    void theBlameTabMarksEachLineWithItsAuthor() {
        var panel = panel();
        all(panel).filter(c -> c instanceof TabSheet).map(c -> (TabSheet) c).findFirst().orElseThrow()
                .setSelectedIndex(1);
        var blame = all(panel).filter(c -> c instanceof ScriptBlameView).map(c -> (ScriptBlameView) c)
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var grid = (Grid<LineAuthor>) find(panel, "history-blame-lines").orElseThrow();
        var rows = grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(LineAuthor::line, LineAuthor::text, LineAuthor::author)
                .containsExactly(tuple(1, "内景。茶馆 - 日", writer.id()), tuple(2, "王：你来了。", writer.id()),
                        tuple(3, "", null));
        assertThat(ScriptBlameView.initials(rows.getFirst().authorName())).isEqualTo("王");
        assertThat(blame.title(rows.getFirst())).startsWith("王小明，");
        assertThat(blame.title(rows.getLast())).isEqualTo("来自保存历史之前");
        assertThat(find(panel, "history-blame-legend").map(ScriptHistoryPanelIT::texts).orElseThrow())
                .contains("王小明：2 行", "1 行来自保存历史之前");
    }

    @Test
    void aFeaturesComparisonAndBlameDrawTheLinesOnScreenNotAComponentPerLine() {
        var feature = org.filmfactory.testsupport.FeatureScript.ofScenes(150);
        editing.save(project, editing.open(project).revision(), feature);
        var version = history.name(project, "第一稿");
        editing.save(project, editing.open(project).revision(), feature.toUpperCase(Locale.ROOT));
        int lineCount = feature.split("\n", -1).length;

        var panel = panel();
        ((Button) find(panel, "version-compare-" + version.id()).orElseThrow()).click();
        assertThat(comparison(panel).rows()).hasSizeGreaterThan(1000);
        // Whatever the length: the history's fields and buttons and one grid for the lines.
        assertThat(all(panel).count()).isLessThan(60);
        all(panel).filter(c -> c instanceof TabSheet).map(c -> (TabSheet) c).findFirst().orElseThrow()
                .setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        var blame = (Grid<LineAuthor>) find(panel, "history-blame-lines").orElseThrow();
        assertThat(blame.getListDataView().getItemCount()).isEqualTo(lineCount);
        assertThat(all(panel).count()).isLessThan(70);
    }

    @Test
    void aLongHistoryListsTheNewestVersionsAndEarlierOnesOnRequest() {
        var kept = new ArrayList<String>();
        for (int i = 1; i <= 70; i++) {
            kept.add(history.name(project, "第" + i + "稿").id().toString());
        }
        var panel = panel();
        // Newest first: drafts 70 down to 41, then a button for the 40 earlier ones.
        assertThat(rowIds(panel)).containsExactlyElementsOf(kept.reversed().subList(0, 30));
        var earlier = (Button) find(panel, "history-earlier").orElseThrow();
        assertThat(earlier.getText()).isEqualTo("显示更早的 30 个版本（40 个未显示）");

        earlier.click();
        assertThat(rowIds(panel)).containsExactlyElementsOf(kept.reversed().subList(0, 60));
        ((Button) find(panel, "history-earlier").orElseThrow()).click();
        assertThat(rowIds(panel)).containsExactlyElementsOf(kept.reversed());
        assertThat(find(panel, "history-earlier")).isEmpty();

        // Keeping one more draws it on top without losing the earlier ones already shown.
        var name = (TextField) find(panel, "history-name").orElseThrow();
        name.setValue("第71稿");
        ((Button) find(panel, "history-name-save").orElseThrow()).click();
        assertThat(rowIds(panel)).hasSize(71).first().isEqualTo(history.versions(project).getFirst().id().toString());
    }

    /** The ids of the version rows shown, top to bottom. */
    private static List<String> rowIds(Component panel) {
        var list = find(panel, "history-versions").orElseThrow();
        return list.getChildren().map(c -> c.getId().orElse("")).filter(id -> id.startsWith("version-"))
                .map(id -> id.substring("version-".length())).toList();
    }

    @Test
    void initialsTakeTheFirstLetterOfTheFirstTwoWords() {
        assertThat(ScriptBlameView.initials("Olga Owner")).isEqualTo("OO");
        assertThat(ScriptBlameView.initials("王小明")).isEqualTo("王");
        assertThat(ScriptBlameView.initials("  ada lovelace king ")).isEqualTo("AL");
        assertThat(ScriptBlameView.initials("𝒜bc")).isEqualTo("𝒜");
    }

    private void replaceFirstLine(String line) {
        var now = editing.open(project);
        editing.save(project, now.revision(), line + now.text().substring(now.text().indexOf('\n')));
    }

    private static ScriptComparisonView comparison(Component panel) {
        return all(panel).filter(c -> c instanceof ScriptComparisonView).map(c -> (ScriptComparisonView) c)
                .findFirst().orElseThrow();
    }

    /** The compared lines shown, folds left out. */
    private static List<ComparedLine> lines(ScriptComparisonView compare) {
        return compare.rows().stream().filter(row -> row instanceof ScriptComparisonView.Line)
                .map(row -> ((ScriptComparisonView.Line) row).line()).toList();
    }

    private static Optional<Component> find(Component root, String id) {
        return all(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    /** The component and everything inside it, including the contents of every tab of a tab sheet. */
    private static Stream<Component> all(Component root) {
        var inside = root.getChildren();
        if (root instanceof TabSheet tabs) {
            var contents = new ArrayList<Component>();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                contents.add(tabs.getComponent(tabs.getTabAt(i)));
            }
            inside = Stream.concat(inside, contents.stream()).distinct();
        }
        return Stream.concat(Stream.of(root), inside.flatMap(ScriptHistoryPanelIT::all));
    }

    private static String text(Component component) {
        return component instanceof HasText hasText ? hasText.getText() : component.getElement().getText();
    }

    /** The texts of the component's leaves, in order. */
    private static List<String> texts(Component root) {
        var result = new ArrayList<String>();
        all(root).filter(c -> c.getChildren().findAny().isEmpty()).forEach(c -> result.add(text(c)));
        return result;
    }
}
