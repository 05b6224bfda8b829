package org.filmfactory.breakdown.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotChangeRefused;
import org.filmfactory.breakdown.ShotType;
import org.jspecify.annotations.Nullable;

/**
 * A director's edits, as changes of the stored breakdown. Each returns the new state, or empty when the shot or
 * scene is not in it (the caller refuses such a request like any other forbidden one). Dropped shots are hidden, so
 * "next", "up" and "down" skip them.
 */
public final class ShotListEdits {

    /** What a director's new shot starts as. */
    static final Duration NEW_SHOT = Duration.ofSeconds(3);
    static final Duration TENTH = Duration.ofMillis(100);

    private ShotListEdits() {
    }

    public static Optional<List<SceneState>> retype(List<SceneState> scenes, UUID shot, ShotType type) {
        return change(scenes, shot, s -> s.withDirector(s.director().withType(type)));
    }

    public static Optional<List<SceneState>> retime(List<SceneState> scenes, UUID shot, Duration duration) {
        return change(scenes, shot, s -> s.withDirector(s.director().withDuration(duration)));
    }

    public static Optional<List<SceneState>> changeMove(List<SceneState> scenes, UUID shot, CameraMove move) {
        return change(scenes, shot, s -> s.withDirector(s.director().withMove(move)));
    }

    public static Optional<List<SceneState>> describe(List<SceneState> scenes, UUID shot, String description) {
        return change(scenes, shot, s -> s.withDirector(s.director().withDescription(description)));
    }

    /** Moves a shot {@code steps} visible places later (negative: earlier) in its scene, stopping at either end. */
    public static Optional<List<SceneState>> move(List<SceneState> scenes, UUID shot, int steps) {
        return edit(scenes, shot, (scene, shots, at) -> {
            var visible = new ArrayList<Integer>();
            for (int i = 0; i < shots.size(); i++) {
                if (!shots.get(i).dropped()) {
                    visible.add(i);
                }
            }
            int from = visible.indexOf(at);
            int to = Math.clamp((long) from + steps, 0, visible.size() - 1);
            if (from < 0 || to == from) {
                return scene;
            }
            var target = shots.get(visible.get(to)).id();
            var moving = shots.remove(at);
            int targetAt = indexOf(shots, target);
            shots.add(to > from ? targetAt + 1 : targetAt, moving);
            return scene.withShots(shots, true);
        });
    }

    /**
     * Splits a shot in two: the first half keeps its id and script text, the second is a director shot right after
     * it with the same values and lines; the duration is shared, the first half taking the odd tenth.
     */
    public static Optional<List<SceneState>> split(List<SceneState> scenes, UUID shot, UUID newId) {
        return edit(scenes, shot, (scene, shots, at) -> {
            var original = shots.get(at);
            var values = original.effective();
            var total = values.duration();
            var first = TENTH.multipliedBy((total.toMillis() / TENTH.toMillis() + 1) / 2);
            var second = total.minus(first).isPositive() ? total.minus(first) : TENTH;
            shots.set(at, original.withDirector(original.director().withDuration(first)));
            shots.add(at + 1, ShotState.byDirector(newId, original.firstLine(), original.lastLine(),
                    new ShotValues(values.type(), values.subjects(), values.description(), second, values.move())));
            return scene.withShots(shots, scene.directorOrdered());
        });
    }

    /**
     * Merges the next visible shot of the scene into this one: durations add up, descriptions join, and the merged
     * shot's lines and subjects count as this one's. A rule shot merged away stays, hidden, so later revisions do
     * not bring it back.
     *
     * @throws ShotChangeRefused when the shot is the last of its scene
     */
    public static Optional<List<SceneState>> mergeWithNext(List<SceneState> scenes, UUID shot) {
        return edit(scenes, shot, (scene, shots, at) -> {
            int next = at + 1;
            while (next < shots.size() && shots.get(next).dropped()) {
                next++;
            }
            if (next >= shots.size()) {
                throw ShotChangeRefused.noNextShot();
            }
            var keeper = shots.get(at);
            var merged = shots.get(next);
            var mine = keeper.effective();
            var theirs = merged.effective();
            var description = mine.description().isBlank() ? theirs.description()
                    : theirs.description().isBlank() || theirs.description().equals(mine.description())
                            ? mine.description() : mine.description() + " / " + theirs.description();
            shots.set(at, keeper.withDirector(keeper.director().withDuration(mine.duration().plus(theirs.duration()))
                    .withDescription(description)));
            if (merged.floating()) {
                shots.remove(next);
            } else {
                shots.set(next, merged.droppedInto(keeper.id()));
            }
            repoint(shots, merged.id(), keeper.id());
            return scene.withShots(shots, scene.directorOrdered());
        });
    }

    /** Deletes a shot: a director shot is gone, a rule shot stays hidden so later revisions do not bring it back. */
    public static Optional<List<SceneState>> delete(List<SceneState> scenes, UUID shot) {
        return edit(scenes, shot, (scene, shots, at) -> {
            var gone = shots.get(at);
            if (gone.floating()) {
                shots.remove(at);
            } else {
                shots.set(at, gone.droppedInto(null));
            }
            repoint(shots, gone.id(), null);
            return scene.withShots(shots, scene.directorOrdered());
        });
    }

    /** Adds a director shot after {@code after}, or at the end of the scene when {@code after} is null. */
    public static Optional<List<SceneState>> add(List<SceneState> scenes, UUID scene, @Nullable UUID after,
            UUID newId) {
        var result = new ArrayList<>(scenes);
        for (int s = 0; s < result.size(); s++) {
            var current = result.get(s);
            if (!current.id().equals(scene)) {
                continue;
            }
            var shots = new ArrayList<>(current.shots());
            int at = after == null ? shots.size() : indexOf(shots, after) + 1;
            if (at == 0 && after != null) {
                return Optional.empty();
            }
            var previous = at > 0 ? shots.get(at - 1) : null;
            int first = previous != null ? previous.firstLine() : current.facts().firstLine();
            int last = previous != null ? previous.lastLine() : current.facts().firstLine();
            shots.add(at, ShotState.byDirector(newId, first, last,
                    new ShotValues(ShotType.MEDIUM, List.of(), "", NEW_SHOT, CameraMove.STATIC)));
            result.set(s, current.withShots(shots, current.directorOrdered()));
            return Optional.of(result);
        }
        return Optional.empty();
    }

    private static Optional<List<SceneState>> change(List<SceneState> scenes, UUID shot,
            UnaryOperator<ShotState> change) {
        return edit(scenes, shot, (scene, shots, at) -> {
            shots.set(at, change.apply(shots.get(at)));
            return scene.withShots(shots, scene.directorOrdered());
        });
    }

    private static Optional<List<SceneState>> edit(List<SceneState> scenes, UUID shot, SceneEdit edit) {
        var result = new ArrayList<>(scenes);
        for (int s = 0; s < result.size(); s++) {
            var scene = result.get(s);
            for (int i = 0; i < scene.shots().size(); i++) {
                var found = scene.shots().get(i);
                if (found.id().equals(shot)) {
                    if (found.dropped()) {
                        return Optional.empty();
                    }
                    result.set(s, edit.apply(scene, new ArrayList<>(scene.shots()), i));
                    return Optional.of(result);
                }
            }
        }
        return Optional.empty();
    }

    private static void repoint(List<ShotState> shots, UUID from, @Nullable UUID to) {
        for (int i = 0; i < shots.size(); i++) {
            if (from.equals(shots.get(i).mergedInto())) {
                shots.set(i, shots.get(i).withMergedInto(to));
            }
        }
    }

    private static int indexOf(List<ShotState> shots, UUID id) {
        for (int i = 0; i < shots.size(); i++) {
            if (shots.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @FunctionalInterface
    private interface SceneEdit {
        SceneState apply(SceneState scene, List<ShotState> shots, int at);
    }
}
