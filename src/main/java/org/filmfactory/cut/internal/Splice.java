package org.filmfactory.cut.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutEdit;
import org.filmfactory.cut.Transition;
import org.filmfactory.cut.internal.WorkprintJson.CardRow;
import org.filmfactory.cut.internal.WorkprintJson.ClipRow;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;

/**
 * One step the cut can take: an editor's {@link CutEdit}, or one of the steps that only the studio uses to take an
 * edit back (a deleted clip put back where it was, a split half taken out, a clip set back as it was). Undo and redo
 * are splices too, so they are ordered, rebased and refused exactly like edits.
 */
sealed interface Splice {

    record Edit(CutEdit edit) implements Splice {
    }

    /** Puts a clip back at {@code index} (clamped), with its id: the reverse of a delete. */
    record Reinsert(Clip clip, int index) implements Splice {
    }

    /** Takes a clip out: the reverse of the second half of a split. */
    record Remove(ClipId clip) implements Splice {
    }

    /** Sets a clip's take, trim and transition back as they were: the reverse of a trim, transition or take. */
    record Reset(Clip clip) implements Splice {
    }

    /** The stored form of a list of splices. */
    record Row(String op, @Nullable String clip, @Nullable ClipRow whole, int a, int b, @Nullable String take,
            @Nullable String transition, @Nullable CardRow card) {
    }

    static String write(List<Splice> splices) {
        var rows = new ArrayList<Row>(splices.size());
        for (var splice : splices) {
            rows.add(switch (splice) {
                case Edit(CutEdit.Move(var clip, var to)) -> row("move", clip, to, 0);
                case Edit(CutEdit.Trim(var clip, var in, var out)) -> row("trim", clip, in, out);
                case Edit(CutEdit.ChangeTransition(var clip, var transition, var frames)) ->
                        new Row("transition", clip.toString(), null, frames, 0, null, transition.name(), null);
                case Edit(CutEdit.Split(var clip, var at)) -> row("split", clip, at, 0);
                case Edit(CutEdit.RippleDelete(var clip)) -> row("delete", clip, 0, 0);
                case Edit(CutEdit.UseTake(var clip, var take)) ->
                        new Row("take", clip.toString(), null, 0, 0, take == null ? null : take.toString(), null, null);
                case Edit(CutEdit.ChangeTitleCard(var card)) ->
                        new Row("title", null, null, 0, 0, null, null, CardRow.of(card));
                case Edit(CutEdit.ChangeEndCard(var card)) ->
                        new Row("end", null, null, 0, 0, null, null, CardRow.of(card));
                case Reinsert(var clip, var index) ->
                        new Row("reinsert", null, ClipRow.of(clip), index, 0, null, null, null);
                case Remove(var clip) -> row("remove", clip, 0, 0);
                case Reset(var clip) -> new Row("reset", null, ClipRow.of(clip), 0, 0, null, null, null);
            });
        }
        return WorkprintJson.toJson(rows.toArray(Row[]::new));
    }

    static List<Splice> read(String json) {
        var rows = WorkprintJson.fromJson(json, Row[].class);
        var splices = new ArrayList<Splice>(rows.length);
        for (var row : rows) {
            splices.add(switch (row.op()) {
                case "move" -> new Edit(new CutEdit.Move(id(row), row.a()));
                case "trim" -> new Edit(new CutEdit.Trim(id(row), row.a(), row.b()));
                case "transition" -> new Edit(new CutEdit.ChangeTransition(id(row),
                        Transition.valueOf(java.util.Objects.requireNonNull(row.transition())), row.a()));
                case "split" -> new Edit(new CutEdit.Split(id(row), row.a()));
                case "delete" -> new Edit(new CutEdit.RippleDelete(id(row)));
                case "take" -> new Edit(new CutEdit.UseTake(id(row),
                        row.take() == null ? null : new TakeId(UUID.fromString(row.take()))));
                case "title" -> new Edit(new CutEdit.ChangeTitleCard(card(row)));
                case "end" -> new Edit(new CutEdit.ChangeEndCard(card(row)));
                case "reinsert" -> new Reinsert(whole(row), row.a());
                case "remove" -> new Remove(id(row));
                case "reset" -> new Reset(whole(row));
                default -> throw new IllegalStateException("unknown cut step " + row.op());
            });
        }
        return splices;
    }

    private static Row row(String op, ClipId clip, int a, int b) {
        return new Row(op, clip.toString(), null, a, b, null, null, null);
    }

    private static ClipId id(Row row) {
        return new ClipId(UUID.fromString(java.util.Objects.requireNonNull(row.clip())));
    }

    private static Clip whole(Row row) {
        return java.util.Objects.requireNonNull(row.whole()).clip();
    }

    private static org.filmfactory.cut.Card card(Row row) {
        return java.util.Objects.requireNonNull(row.card()).card();
    }
}
