package org.filmfactory.cut.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.Transition;
import org.filmfactory.take.TakeId;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cut's body as stored: plain records of strings and numbers, so the stored form does not change when an API
 * record gains a method, and reading it back goes through the API records' own checks.
 */
final class WorkprintJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WorkprintJson() {
    }

    record CardRow(String text, String background, String foreground, int frames) {

        static CardRow of(Card card) {
            return new CardRow(card.text(), card.background(), card.foreground(), card.frames());
        }

        Card card() {
            return new Card(text, background, foreground, frames);
        }
    }

    /** A clip as a JSON array, without field names: a third smaller, for the same clip. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record ClipRow(String id, String shot, @Nullable String take, int in, int out, String transition, int frames) {

        static ClipRow of(Clip clip) {
            return new ClipRow(clip.id().toString(), clip.shot().toString(),
                    clip.take() == null ? null : clip.take().toString(), clip.inFrame(), clip.outFrame(),
                    clip.transition().name(), clip.transitionFrames());
        }

        Clip clip() {
            return new Clip(new ClipId(UUID.fromString(id)), new ShotId(UUID.fromString(shot)),
                    take == null ? null : new TakeId(UUID.fromString(take)), in, out, Transition.valueOf(transition),
                    frames);
        }
    }

    /**
     * @param aside the shots the cut knows that have no clip (an editor took them out): the others are the clips'
     */
    record Body(CardRow title, List<ClipRow> clips, CardRow end, List<String> aside) {
    }

    static String write(Workprint print) {
        var clips = new ArrayList<ClipRow>(print.clips().size());
        print.clips().forEach(clip -> clips.add(ClipRow.of(clip)));
        var inClips = new java.util.HashSet<ShotId>();
        print.clips().forEach(clip -> inClips.add(clip.shot()));
        var aside = print.known().stream().filter(shot -> !inClips.contains(shot)).map(ShotId::toString).sorted()
                .toList();
        return JSON.writeValueAsString(new Body(CardRow.of(print.title()), clips, CardRow.of(print.end()), aside));
    }

    static Workprint read(String json) {
        var body = JSON.readValue(json, Body.class);
        var clips = new ArrayList<Clip>(body.clips().size());
        body.clips().forEach(row -> clips.add(row.clip()));
        var known = new LinkedHashSet<ShotId>();
        clips.forEach(clip -> known.add(clip.shot()));
        body.aside().forEach(id -> known.add(new ShotId(UUID.fromString(id))));
        return new Workprint(body.title().card(), clips, body.end().card(), known);
    }

    static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    static <T> T fromJson(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    static List<String> strings(String json) {
        return List.of(JSON.readValue(json, String[].class));
    }
}
