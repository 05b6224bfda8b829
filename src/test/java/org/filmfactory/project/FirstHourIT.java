package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.filmfactory.project.NextStep.State;
import org.filmfactory.project.NextStep.Suggestion;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The first hour through the services: next steps by role and by what is done, a removal taken back with the same
 * role (by owners only), and the project list a page at a time, found by name, ordered by name or last change.
 */
@StudioTest
class FirstHourIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectManagement projects;
    @Autowired
    ProjectGuide guide;
    @Autowired
    Crew crew;
    @Autowired
    ScriptEditing editing;

    private Actor owner;
    private ProjectId project;

    @BeforeEach
    void project() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = projects.create(new NewProject("Night Ferry", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void nextStepsFollowTheRoleAndWhatIsDone() {
        var script = "projects/" + project + "/script";
        var shots = "projects/" + project + "/shots";
        assertThat(guide.nextSteps(project)).containsExactly(new Suggestion("script.write", script, State.TO_DO),
                new Suggestion("crew.invite", "projects/" + project, State.TO_DO),
                new Suggestion("shots.look", shots, State.LATER));
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        assertThat(guide.nextSteps(project)).containsExactly(new Suggestion("script.read", script, State.LATER),
                new Suggestion("shots.look", shots, State.LATER));

        owner.signIn();
        editing.save(project, 0, "INT. FERRY - NIGHT\n\nFog.\n");
        assertThat(guide.nextSteps(project)).containsExactly(new Suggestion("script.write", script, State.DONE),
                new Suggestion("crew.invite", "projects/" + project, State.DONE),
                new Suggestion("shots.look", shots, State.TO_DO));
        viewer.signIn();
        assertThat(guide.nextSteps(project)).containsExactly(new Suggestion("script.read", script, State.TO_DO),
                new Suggestion("shots.look", shots, State.TO_DO));

        Actors.create(context, "Sam Stranger").signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> guide.nextSteps(project))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.view"));
    }

    @Test
    void aRemovedMemberIsReinstatedWithTheSameRoleOnlyByAnOwner() {
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Ed Editor");
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        owner.signIn();
        var joinedAt = crew.members(project).get(1).joinedAt();

        var removed = crew.remove(project, editor.id());

        assertThat(removed).isEqualTo(new RemovedMember(project, editor.id(), ProjectRole.EDITOR, joinedAt));
        assertThat(crew.members(project)).extracting(CrewMember::userId).containsExactly(owner.id(), writer.id());

        writer.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> crew.reinstate(removed))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.manage-members"));
        assertThat(crew.members(project)).extracting(CrewMember::userId).containsExactly(owner.id(), writer.id());

        owner.signIn();
        crew.reinstate(removed);
        crew.reinstate(removed);
        assertThat(crew.members(project)).extracting(CrewMember::userId, CrewMember::role, CrewMember::joinedAt)
                .containsExactly(tuple(owner.id(), ProjectRole.OWNER, crew.members(project).get(0).joinedAt()),
                        tuple(editor.id(), ProjectRole.EDITOR, joinedAt),
                        tuple(writer.id(), ProjectRole.WRITER, crew.members(project).get(2).joinedAt()));
    }

    @Test
    void theProjectListPagesFindsByNameAndOrdersByNameOrLastChange() {
        var apple = projects.create(new NewProject("apple noir", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var percent = projects.create(new NewProject("100% Noir", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var zebra = projects.create(new NewProject("Zebra", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        owner.bringOnto(apple, ProjectRole.WRITER, "Wang Writer");
        owner.signIn();

        assertThat(names(projects.mine("", ProjectOrder.LAST_CHANGE, 0, 10)))
                .containsExactly("apple noir", "Zebra", "100% Noir", "Night Ferry");
        assertThat(names(projects.mine("", ProjectOrder.NAME, 0, 10)))
                .containsExactly("100% Noir", "apple noir", "Night Ferry", "Zebra");
        assertThat(names(projects.mine("", ProjectOrder.NAME, 1, 2))).containsExactly("apple noir", "Night Ferry");
        assertThat(names(projects.mine(" NOIR ", ProjectOrder.NAME, 0, 10))).containsExactly("100% Noir", "apple noir");
        assertThat(names(projects.mine("%", ProjectOrder.NAME, 0, 10))).containsExactly("100% Noir");
        assertThat(projects.countMine("noir")).isEqualTo(2);
        assertThat(projects.countMine("")).isEqualTo(4);
        var card = projects.mine("apple", ProjectOrder.NAME, 0, 1).getFirst();
        assertThat(card).isEqualTo(projects.find(apple));
        assertThat(card.crewSize()).isEqualTo(2);
        assertThat(card.myRole()).isEqualTo(ProjectRole.OWNER);

        editing.save(project, 0, "INT. FERRY - NIGHT\n\nFog.\n");
        projects.rename(percent, "100% Noir, Director's Cut");
        assertThat(names(projects.mine("", ProjectOrder.LAST_CHANGE, 0, 10)))
                .containsExactly("100% Noir, Director's Cut", "Night Ferry", "apple noir", "Zebra");
        assertThat(projects.find(zebra).lastChangedAt()).isBefore(projects.find(project).lastChangedAt());

        Actors.create(context, "Sam Stranger").signIn();
        assertThat(projects.mine("", ProjectOrder.NAME, 0, 10)).isEmpty();
        assertThat(projects.countMine("")).isZero();
    }

    private static List<String> names(List<ProjectSummary> page) {
        return page.stream().map(ProjectSummary::name).toList();
    }
}
