package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.filmfactory.project.ProjectId;

/**
 * Notes in the margin of the script editor, from a module that builds on the screenplay (review: comments on lines).
 * The screenplay cannot know that module — it depends on the screenplay — so it declares a bean of this type: the
 * editor shows its {@link #marks marks} in a gutter beside the lines they cover, and the script screen puts its
 * {@link #panelFor panel} beside the editor, tied to the editor through a {@link ScriptDesk}.
 */
public interface ScriptMargin {

    /**
     * The marks of the script as it is now, for the person looking; checks their rights like any other read.
     */
    Marks marks(ProjectId projectId);

    /** A new side panel for one script screen; it follows its own live updates while attached. */
    Component panelFor(ScriptDesk desk);

    /** The translation key of the editor's button (and Ctrl+Alt+M) that asks to comment on the selection. */
    String actionLabelKey();

    /**
     * The marks of one revision of the script.
     *
     * @param revision the revision their positions are in
     */
    record Marks(long revision, List<Mark> marks) {

        public Marks {
            marks = List.copyOf(marks);
        }
    }

    /**
     * One mark: a range of the script (UTF-16 offsets) with a note on it.
     *
     * @param id what the margin knows it by; clicking the mark hands it back ({@link ScriptDesk#onMarkOpened})
     * @param colorIndex its author's colour (collab's {@code Attendee.colorOf})
     * @param count how many notes it holds (a thread and its replies)
     * @param resolved whether it is settled (shown faded)
     * @param gone whether its text was deleted: {@code from == to}, where the text was
     */
    record Mark(String id, int from, int to, int colorIndex, int count, boolean resolved, boolean gone) {
    }

    /**
     * What the person selected in the editor when they asked to comment.
     *
     * @param revision the revision of the text the positions are in (the editor's synced revision)
     * @param quote the selected text
     */
    record Selection(long revision, int from, int to, String quote) {
    }
}
