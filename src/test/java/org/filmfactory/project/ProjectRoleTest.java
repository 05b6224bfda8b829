package org.filmfactory.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The role table, checked against the matrix the README documents, written out here cell by cell. */
class ProjectRoleTest {

    /**
     * Role × permission → allowed ({@code x}) or refused ({@code -}). Every pair has exactly one cell; a role or
     * permission added to the code without a row or column here fails {@link #expectedMatrixCoversEveryPairOnce}.
     */
    static final String MATRIX = """
                      VIEW EDIT_SCRIPT EDIT_SHOTS GENERATE COMMENT APPROVE EDIT_CUT RENDER INVITE MANAGE_MEMBERS EDIT_PROJECT DELETE_PROJECT
            OWNER     x    x           x          x        x       x       x        x      x      x              x            x
            WRITER    x    x           -          -        x       -       -        -      -      -              -            -
            DIRECTOR  x    -           x          x        x       x       -        -      -      -              -            -
            EDITOR    x    -           -          -        x       -       x        x      -      -              -            -
            VIEWER    x    -           -          -        -       -       -        -      -      -              -            -
            """;

    /** What each role may do according to {@link #MATRIX}. */
    static final Map<ProjectRole, Set<Permission>> EXPECTED = parse(MATRIX);

    static boolean expected(ProjectRole role, Permission permission) {
        return EXPECTED.get(role).contains(permission);
    }

    @Test
    void expectedMatrixCoversEveryPairOnce() {
        var lines = MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        var header = List.of(lines.getFirst().split("\\s+"));
        assertThat(header).containsExactlyInAnyOrderElementsOf(names(Permission.values()));
        var rows = lines.subList(1, lines.size());
        assertThat(rows).map(row -> row.split("\\s+")[0])
                .containsExactlyInAnyOrderElementsOf(names(ProjectRole.values()));
        assertThat(rows).allSatisfy(row -> assertThat(row.split("\\s+")).hasSize(header.size() + 1));
    }

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void roleAllowsExactlyWhatTheMatrixSays(ProjectRole role) {
        assertThat(role.permissions()).isEqualTo(EXPECTED.get(role));
        for (var permission : Permission.values()) {
            assertThat(role.allows(permission)).as("%s may %s", role, permission).isEqualTo(expected(role, permission));
        }
    }

    @Test
    void ownerHasEveryPermission() {
        assertThat(ProjectRole.OWNER.permissions()).isEqualTo(EnumSet.allOf(Permission.class));
    }

    @Test
    void viewerOnlyViews() {
        assertThat(ProjectRole.VIEWER.permissions()).containsExactly(Permission.VIEW);
    }

    @Test
    void writerEditsTheScriptButNotTheShots() {
        assertThat(ProjectRole.WRITER.allows(Permission.EDIT_SCRIPT)).isTrue();
        assertThat(ProjectRole.WRITER.allows(Permission.EDIT_SHOTS)).isFalse();
    }

    @Test
    void directorEditsShotsGeneratesAndApprovesButNotTheScript() {
        assertThat(ProjectRole.DIRECTOR.permissions())
                .contains(Permission.EDIT_SHOTS, Permission.GENERATE, Permission.APPROVE)
                .doesNotContain(Permission.EDIT_SCRIPT, Permission.EDIT_CUT, Permission.RENDER);
    }

    @Test
    void editorEditsTheCutAndRendersButNotTheShots() {
        assertThat(ProjectRole.EDITOR.permissions())
                .contains(Permission.EDIT_CUT, Permission.RENDER)
                .doesNotContain(Permission.EDIT_SHOTS, Permission.GENERATE, Permission.APPROVE);
    }

    @Test
    void eachCraftPermissionBelongsToExactlyOneRoleBesideTheOwner() {
        var crafts = EnumSet.of(Permission.EDIT_SCRIPT, Permission.EDIT_SHOTS, Permission.GENERATE,
                Permission.APPROVE, Permission.EDIT_CUT, Permission.RENDER);
        for (var permission : crafts) {
            assertThat(holdersBesideOwner(permission)).as("roles besides the owner that may %s", permission).hasSize(1);
        }
    }

    @Test
    void onlyTheOwnerRunsTheProject() {
        for (var permission : List.of(Permission.INVITE, Permission.MANAGE_MEMBERS, Permission.EDIT_PROJECT,
                Permission.DELETE_PROJECT)) {
            assertThat(holdersBesideOwner(permission)).as("roles besides the owner that may %s", permission).isEmpty();
        }
    }

    @Test
    void permissionsHandedOutAreCopies() {
        var permissions = ProjectRole.VIEWER.permissions();
        permissions.add(Permission.DELETE_PROJECT);
        assertThat(ProjectRole.VIEWER.allows(Permission.DELETE_PROJECT)).isFalse();
    }

    private static Set<ProjectRole> holdersBesideOwner(Permission permission) {
        return Arrays.stream(ProjectRole.values())
                .filter(role -> role != ProjectRole.OWNER && role.allows(permission))
                .collect(Collectors.toSet());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Map<ProjectRole, Set<Permission>> parse(String matrix) {
        var lines = matrix.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        var columns = Arrays.stream(lines.getFirst().split("\\s+")).map(Permission::valueOf).toList();
        var table = new EnumMap<ProjectRole, Set<Permission>>(ProjectRole.class);
        for (var line : lines.subList(1, lines.size())) {
            var cells = line.split("\\s+");
            var allowed = EnumSet.noneOf(Permission.class);
            for (int i = 1; i < cells.length && i <= columns.size(); i++) {
                if (cells[i].equals("x")) {
                    allowed.add(columns.get(i - 1));
                } else if (!cells[i].equals("-")) {
                    throw new IllegalArgumentException("cell '" + cells[i] + "' in row " + cells[0]);
                }
            }
            table.put(ProjectRole.valueOf(cells[0]), allowed);
        }
        return table;
    }
}
