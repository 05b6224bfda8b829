package org.filmfactory.breakdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The stored breakdown carried over to a new script revision: scenes and shots keep their ids where the script
 * still holds their text, the rules' values are refreshed, and every director choice stays.
 *
 * <ul>
 * <li>Scenes pair by content ({@link SceneMatcher}); a new scene gets a new id; a scene gone from the script takes
 * its shots with it.</li>
 * <li>Within a paired scene, rule shots pair by the text they are anchored to ({@link ShotMatcher}). A new scene
 * split off an old one (its parent) then takes, with their ids, the parent's shots whose text moved into it.</li>
 * <li>A rule shot whose text is gone goes too, unless a director changed it: then it stays, marked detached.
 * Shots a director dropped (deleted or merged away) stay dropped while their text exists, so the rules never bring
 * them back.</li>
 * <li>Director shots and detached shots float: each follows the shot it followed before, wherever that goes, and
 * covers the same lines; floating shots at the start of a scene stay at its start.</li>
 * <li>A scene a director has not reordered is in script order; in one they have, their order stays and new shots
 * go right after the shot whose text precedes theirs.</li>
 * </ul>
 */
public final class Rederivation {

    private Rederivation() {
    }

    public static List<SceneState> apply(List<SceneState> old, List<DerivedScene> fresh, Supplier<UUID> ids) {
        var sceneMatch = SceneMatcher.match(old.stream().map(scene -> SceneMatcher.Key.of(scene.facts())).toList(),
                fresh.stream().map(scene -> SceneMatcher.Key.of(scene.facts())).toList());
        int[] oldOf = sceneMatch.oldOf();
        int[] successor = new int[old.size()];
        Arrays.fill(successor, -1);
        for (int n = 0; n < fresh.size(); n++) {
            if (oldOf[n] >= 0) {
                successor[oldOf[n]] = n;
            }
        }

        var taken = new ShotState[fresh.size()][];
        var placed = new HashMap<UUID, Place>();
        for (int n = 0; n < fresh.size(); n++) {
            taken[n] = new ShotState[fresh.get(n).shots().size()];
            if (oldOf[n] >= 0) {
                pairShots(anchored(old.get(oldOf[n]), placed), fresh.get(n), n, taken, placed);
            }
        }
        for (int n = 0; n < fresh.size(); n++) {
            int parent = sceneMatch.parentOf()[n];
            if (oldOf[n] < 0 && parent >= 0) {
                pairShots(anchored(old.get(parent), placed), fresh.get(n), n, taken, placed);
            }
        }

        var followers = new HashMap<Integer, List<Follower>>();
        for (int o = 0; o < old.size(); o++) {
            Place leader = successor[o] >= 0 ? new Place(successor[o], -1) : null;
            for (var shot : old.get(o).shots()) {
                var follower = shot;
                if (!shot.floating()) {
                    var at = placed.get(shot.id());
                    if (at != null) {
                        leader = at;
                        continue;
                    }
                    if (shot.dropped() || shot.director().isEmpty()) {
                        continue;
                    }
                    follower = shot.withTextGone();
                }
                if (leader != null) {
                    followers.computeIfAbsent(leader.scene(), s -> new ArrayList<>())
                            .add(new Follower(leader.shot(), follower));
                }
            }
        }

        var result = new ArrayList<SceneState>(fresh.size());
        for (int n = 0; n < fresh.size(); n++) {
            var derived = fresh.get(n);
            var shots = new ShotState[derived.shots().size()];
            for (int k = 0; k < shots.length; k++) {
                var previous = taken[n][k];
                shots[k] = previous != null ? previous.rederived(derived.shots().get(k))
                        : ShotState.fromRules(ids.get(), derived.shots().get(k));
            }
            var mine = followers.getOrDefault(n, List.of());
            var before = oldOf[n] >= 0 ? old.get(oldOf[n]) : null;
            boolean ordered = before != null && before.directorOrdered();
            var list = ordered ? directorOrder(before, shots, taken[n], mine) : scriptOrder(shots, mine);
            result.add(new SceneState(before != null ? before.id() : ids.get(), derived.facts(), ordered,
                    withFloatingLines(list, derived.facts().firstLine())));
        }
        return withoutDanglingMerges(result);
    }

    /** A shot merged into one that is gone is simply dropped (nothing to fold its lines into). */
    private static List<SceneState> withoutDanglingMerges(List<SceneState> scenes) {
        var ids = new HashSet<UUID>();
        scenes.forEach(scene -> scene.shots().forEach(shot -> ids.add(shot.id())));
        return scenes.stream().map(scene -> scene.shots().stream()
                        .anyMatch(shot -> shot.mergedInto() != null && !ids.contains(shot.mergedInto()))
                ? scene.withShots(scene.shots().stream()
                        .map(shot -> shot.mergedInto() != null && !ids.contains(shot.mergedInto())
                                ? shot.withMergedInto(null) : shot)
                        .toList(), scene.directorOrdered())
                : scene).toList();
    }

    /** The old scene's rule shots not yet placed elsewhere, in script order. */
    private static List<ShotState> anchored(SceneState scene, Map<UUID, Place> placed) {
        return scene.shots().stream()
                .filter(shot -> !shot.floating() && !placed.containsKey(shot.id()))
                .sorted(Comparator.comparingInt(ShotState::firstLine))
                .toList();
    }

    private static void pairShots(List<ShotState> old, DerivedScene fresh, int scene, ShotState[][] taken,
            Map<UUID, Place> placed) {
        var pairs = ShotMatcher.match(old.stream().map(ShotMatcher.Anchor::of).toList(),
                fresh.shots().stream().map(ShotMatcher.Anchor::of).toList());
        for (int k = 0; k < pairs.length; k++) {
            if (pairs[k] >= 0) {
                var shot = old.get(pairs[k]);
                taken[scene][k] = shot;
                placed.put(shot.id(), new Place(scene, k));
            }
        }
    }

    /** Rule shots in script order, each followed by the floating shots that followed it before. */
    private static List<ShotState> scriptOrder(ShotState[] shots, List<Follower> followers) {
        var byLeader = new HashMap<Integer, List<ShotState>>();
        for (var follower : followers) {
            byLeader.computeIfAbsent(follower.after(), k -> new ArrayList<>()).add(follower.shot());
        }
        var list = new ArrayList<ShotState>(shots.length + followers.size());
        list.addAll(byLeader.getOrDefault(-1, List.of()));
        for (int k = 0; k < shots.length; k++) {
            list.add(shots[k]);
            list.addAll(byLeader.getOrDefault(k, List.of()));
        }
        return list;
    }

    /**
     * The director's order of the old scene, with floating shots where they were and each new rule shot right
     * after the shot made from the text before it (or at the start).
     */
    private static List<ShotState> directorOrder(SceneState before, ShotState[] shots, ShotState[] taken,
            List<Follower> followers) {
        var byOldId = new HashMap<UUID, ShotState>();
        for (int k = 0; k < shots.length; k++) {
            if (taken[k] != null) {
                byOldId.put(taken[k].id(), shots[k]);
            }
        }
        for (var follower : followers) {
            byOldId.put(follower.shot().id(), follower.shot());
        }
        var list = new ArrayList<ShotState>();
        for (var shot : before.shots()) {
            var kept = byOldId.remove(shot.id());
            if (kept != null) {
                list.add(kept);
            }
        }
        // Followers from elsewhere (none today: only this scene's shots come here) keep their relative order.
        followers.stream().filter(f -> byOldId.containsKey(f.shot().id())).forEach(f -> list.add(f.shot()));
        int atStart = 0;
        var insertedAfter = new HashMap<UUID, Integer>();
        for (int k = 0; k < shots.length; k++) {
            if (taken[k] != null) {
                continue;
            }
            int previous = k - 1;
            while (previous >= 0 && taken[previous] == null) {
                previous--;
            }
            if (previous < 0) {
                list.add(atStart++, shots[k]);
            } else {
                var leader = shots[previous].id();
                int count = insertedAfter.merge(leader, 1, Integer::sum);
                int at = indexOf(list, leader) + count;
                list.add(at, shots[k]);
            }
        }
        return list;
    }

    private static int indexOf(List<ShotState> list, UUID id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("shot " + id + " is not in its scene");
    }

    /** Floating shots cover the lines of the shot before them, or the heading when they open the scene. */
    static List<ShotState> withFloatingLines(List<ShotState> list, int headingLine) {
        var fixed = new ArrayList<ShotState>(list.size());
        int first = headingLine;
        int last = headingLine;
        for (var shot : list) {
            var now = shot.floating() ? shot.withLines(first, last) : shot;
            fixed.add(now);
            first = now.firstLine();
            last = now.lastLine();
        }
        return fixed;
    }

    /** Where an old shot went: the new scene and the index of the rule shot there ({@code -1}: the scene start). */
    private record Place(int scene, int shot) {
    }

    private record Follower(int after, ShotState shot) {
    }
}
