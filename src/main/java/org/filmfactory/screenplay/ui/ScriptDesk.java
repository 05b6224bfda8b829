package org.filmfactory.screenplay.ui;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.filmfactory.project.ProjectId;

/** One script screen's editor as a {@link ScriptMargin} panel beside it sees it. */
public interface ScriptDesk {

    ProjectId projectId();

    /** Asks the margin for its marks again and shows them in the editor's gutter. */
    void refreshMarks();

    /**
     * Called when the person asks to comment on what they selected (the editor's Comment button or Ctrl+Alt+M); an
     * empty selection stands for its whole line.
     */
    Registration onCommentAsked(Consumer<ScriptMargin.Selection> listener);

    /** Called with a mark's id when the person clicks it in the gutter. */
    Registration onMarkOpened(Consumer<String> listener);

    /** Selects {@code from}–{@code to} of the editor's text (positions in revision {@code revision}) and shows it. */
    void reveal(long revision, int from, int to);
}
