package org.filmfactory.take.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes and the per-shot rows in the database. Writes to one shot run one after the other (its row is locked), so
 * take numbers never collide and a job's take is written at most once.
 */
@Component
@Transactional
public class TakeStore {

    private final StoredTakes takes;
    private final StoredTakeShots shots;
    private final EntityManager entities;

    TakeStore(StoredTakes takes, StoredTakeShots shots, EntityManager entities) {
        this.takes = takes;
        this.shots = shots;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public Map<UUID, ShotTakes> shots(ProjectId projectId) {
        return shots.findByProject(projectId.value()).stream().map(StoredTakeShot::toRecord)
                .collect(Collectors.toMap(ShotTakes::shotId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Map<UUID, ShotTakes> shots(Collection<UUID> shotIds) {
        if (shotIds.isEmpty()) {
            return Map.of();
        }
        return shots.findByShots(shotIds).stream().map(StoredTakeShot::toRecord)
                .collect(Collectors.toMap(ShotTakes::shotId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Map<UUID, TakeRecord> takes(Collection<UUID> takeIds) {
        if (takeIds.isEmpty()) {
            return Map.of();
        }
        return takes.findAllById(takeIds).stream().map(StoredTake::toRecord)
                .collect(Collectors.toMap(TakeRecord::id, Function.identity()));
    }

    /** How many takes each shot has; shots without any are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> takeCounts(Collection<UUID> shotIds) {
        var counts = new HashMap<UUID, Integer>();
        if (!shotIds.isEmpty()) {
            for (var row : takes.countByShot(shotIds)) {
                counts.put((UUID) row[0], ((Number) row[1]).intValue());
            }
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public List<TakeRecord> takesOf(UUID shotId) {
        return takes.newestFirst(shotId).stream().map(StoredTake::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public Optional<TakeRecord> take(UUID takeId) {
        return takes.findById(takeId).map(StoredTake::toRecord);
    }

    @Transactional(readOnly = true)
    public Optional<TakeRecord> takeOfJob(UUID jobId) {
        return takes.findByJobId(jobId).map(StoredTake::toRecord);
    }

    @Transactional(readOnly = true)
    public Optional<UUID> shotOfJob(UUID jobId) {
        return shots.findByJob(jobId).map(shot -> shot.toRecord().shotId());
    }

    /**
     * Counts one more generation of the shot (the number its seed derives from) and keeps an edited prompt.
     *
     * @return the ordinal of this request, from 1
     */
    public int request(ProjectId projectId, UUID shotId, @Nullable String editedPrompt) {
        return lock(projectId, shotId).request(editedPrompt);
    }

    /** The shot waits for {@code job} now. */
    public void generating(ProjectId projectId, UUID shotId, UUID job) {
        lock(projectId, shotId).generating(job);
    }

    /**
     * Stores a new take under the next number of its shot, and selects it when the shot had none. A job's take is
     * stored once: when the job already made one (it ran twice), that one is returned and nothing is written.
     *
     * @param take the take to store; its number is replaced by the next one
     */
    public TakeRecord add(TakeRecord take) {
        var shot = lock(new ProjectId(take.projectId()), take.shotId());
        if (take.jobId() != null) {
            var earlier = takes.findByJobId(take.jobId());
            if (earlier.isPresent()) {
                return earlier.get().toRecord();
            }
        }
        var numbered = take.numbered(takes.lastNumber(take.shotId()) + 1);
        entities.persist(new StoredTake(numbered));
        entities.flush();
        shot.made(numbered.id(), numbered.jobId());
        return numbered;
    }

    /** Moves the shot's mark to the take; answers the take selected before, or null. */
    public @org.jspecify.annotations.Nullable UUID select(ProjectId projectId, UUID shotId, UUID takeId) {
        var shot = lock(projectId, shotId);
        var previous = shot.selected();
        shot.select(takeId);
        return previous;
    }

    private StoredTakeShot lock(ProjectId projectId, UUID shotId) {
        shots.createIfAbsent(shotId, projectId.value());
        var shot = shots.findForUpdate(shotId).orElseThrow();
        if (!shot.projectId().equals(projectId.value())) {
            throw new IllegalStateException("shot " + shotId + " is not of project " + projectId);
        }
        return shot;
    }
}
