package org.filmfactory.project;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.project.internal.Membership;
import org.filmfactory.project.internal.Memberships;
import org.filmfactory.project.internal.Project;
import org.filmfactory.project.internal.ProjectCatalogue;
import org.filmfactory.project.internal.Projects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, naming, archiving and deleting projects, and listing the ones a person is on. */
@Service
@Transactional
public class ProjectManagement {

    static final int MAX_NAME = 120;
    static final int MAX_LOGLINE = 500;
    /** The bounds of a project's target length: a second, and ten hours. */
    public static final Duration MIN_TARGET_LENGTH = Duration.ofSeconds(1);
    public static final Duration MAX_TARGET_LENGTH = Duration.ofHours(10);

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Projects projects;
    private final Memberships memberships;
    private final ProjectCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectManagement(ProjectAccess access, CurrentUser currentUser, Projects projects, Memberships memberships,
            ProjectCatalogue catalogue, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.projects = projects;
        this.memberships = memberships;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a project with the signed-in person as its owner. */
    public ProjectId create(NewProject request) {
        var owner = currentUser.requireId();
        var name = checkName(request.name());
        var logline = checkLogline(request.logline());
        var id = ProjectId.random();
        var now = clock.instant();
        projects.save(new Project(id.value(), name, logline, request.language(), request.format(), owner.value(), now));
        memberships.save(new Membership(id.value(), owner.value(), ProjectRole.OWNER, now));
        events.publishEvent(new ProjectCreated(id, owner, name, request.language(), false));
        events.publishEvent(new MemberJoined(id, owner, ProjectRole.OWNER));
        return id;
    }

    public void rename(ProjectId id, String newName) {
        access.require(id, Permission.EDIT_PROJECT);
        var name = checkName(newName);
        project(id).rename(name);
        projects.markChanged(id.value(), clock.instant());
        events.publishEvent(new ProjectRenamed(id, name));
    }

    /** Archives (read-only for everyone) or restores a project. */
    public void archive(ProjectId id, boolean archived) {
        access.require(id, Permission.EDIT_PROJECT);
        project(id).archive(archived);
        projects.markChanged(id.value(), clock.instant());
        events.publishEvent(new ProjectArchived(id, archived));
    }

    /** Deletes a project with its crew and invitations. */
    public void delete(ProjectId id) {
        access.require(id, Permission.DELETE_PROJECT);
        projects.delete(project(id));
        events.publishEvent(new ProjectDeleted(id));
    }

    /** The screen time the film aims at (60 s until someone sets it), for every member. */
    @Transactional(readOnly = true)
    public Duration targetLength(ProjectId id) {
        access.require(id, Permission.VIEW);
        return Duration.ofSeconds(project(id).targetSeconds());
    }

    /**
     * Sets the screen time the film aims at, in whole seconds (rounded); those who shape the shot list (owners and
     * directors, {@link Permission#EDIT_SHOTS}) may.
     *
     * @throws InvalidProjectDetails when it is shorter than {@link #MIN_TARGET_LENGTH} or longer than
     *     {@link #MAX_TARGET_LENGTH}
     */
    public void aimAt(ProjectId id, Duration targetLength) {
        access.require(id, Permission.EDIT_SHOTS);
        long seconds = Math.round(targetLength.toMillis() / 1000.0);
        if (seconds < MIN_TARGET_LENGTH.toSeconds() || seconds > MAX_TARGET_LENGTH.toSeconds()) {
            throw new InvalidProjectDetails("targetLength", "project.error.target-length",
                    MIN_TARGET_LENGTH.toSeconds(), MAX_TARGET_LENGTH.toSeconds());
        }
        project(id).aimAt((int) seconds);
    }

    @Transactional(readOnly = true)
    public ProjectSummary find(ProjectId id) {
        var role = access.require(id, Permission.VIEW);
        return summary(project(id), role);
    }

    /** The projects the signed-in person is on, by name, with their role in each. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> mine() {
        var user = currentUser.requireId();
        return memberships.findByUser(user.value()).stream()
                .map(m -> summary(projects.getReferenceById(m.projectId()), m.role()))
                .sorted(Comparator.comparing(ProjectSummary::archived).thenComparing(ProjectSummary::name))
                .toList();
    }

    /**
     * A page of the projects the signed-in person is on whose name contains {@code search} (any case; empty for
     * all), for a list that reads only what is on screen.
     */
    @Transactional(readOnly = true)
    public List<ProjectSummary> mine(String search, ProjectOrder order, int offset, int limit) {
        var user = currentUser.requireId();
        return catalogue.page(user.value(), search, order == ProjectOrder.NAME, offset, limit).stream()
                .map(entry -> summary(entry.project(), entry.role(), entry.crewSize())).toList();
    }

    /** How many of the signed-in person's projects have a name containing {@code search}. */
    @Transactional(readOnly = true)
    public int countMine(String search) {
        return (int) catalogue.count(currentUser.requireId().value(), search);
    }

    /**
     * Notes that something in the project changed at {@code at} (the script was revised), for the project list's
     * "last change". The mark never moves back. For modules that change a project's content; the project's own
     * changes (name, crew) note themselves.
     */
    public void noteChange(ProjectId id, Instant at) {
        projects.markChanged(id.value(), at);
    }

    private ProjectSummary summary(Project project, ProjectRole role) {
        return summary(project, role, memberships.countByProject(project.id()));
    }

    private static ProjectSummary summary(Project project, ProjectRole role, long crewSize) {
        return new ProjectSummary(new ProjectId(project.id()), project.name(), project.logline(), project.language(),
                project.format(), project.archived(), role, (int) crewSize, project.lastChangedAt());
    }

    private Project project(ProjectId id) {
        return projects.findById(id.value()).orElseThrow(() -> new NotAllowed(Permission.VIEW));
    }

    static String checkName(String name) {
        var stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidProjectDetails("name", "project.error.name", MAX_NAME);
        }
        return stripped;
    }

    static String checkLogline(String logline) {
        var stripped = logline.strip();
        if (stripped.length() > MAX_LOGLINE) {
            throw new InvalidProjectDetails("logline", "project.error.logline", MAX_LOGLINE);
        }
        return stripped;
    }
}
