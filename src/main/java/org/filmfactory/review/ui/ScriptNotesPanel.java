package org.filmfactory.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.review.Comment;
import org.filmfactory.review.CommentTarget;
import org.filmfactory.review.CommentThread;
import org.filmfactory.review.Reviews;
import org.filmfactory.screenplay.ui.ScriptDesk;
import org.filmfactory.screenplay.ui.ScriptMargin;
import org.jspecify.annotations.Nullable;

/**
 * The comments on script lines, beside the co-editor: each thread with the text it is on (or that its text was
 * deleted), its replies, a reply field and resolve / reopen; and, for members who may comment, a form for a comment
 * on the lines selected in the editor. Follows review changes live, and refreshes the editor's gutter with them.
 */
class ScriptNotesPanel extends Div {

    private static final int QUOTE_SHOWN = 140;

    private final ScriptDesk desk;
    private final Reviews reviews;
    private final boolean mayComment;
    private final Translations translations;
    private final Div threads = new Div();
    private final Div compose = new Div();
    private final Span composeQuote = new Span();
    private final TextArea composeText = new TextArea();
    private ScriptMargin.@Nullable Selection selection;
    private @Nullable String opened;

    ScriptNotesPanel(ScriptDesk desk, Reviews reviews, boolean mayComment, LiveFollower follower,
            Translations translations) {
        this.desk = desk;
        this.reviews = reviews;
        this.mayComment = mayComment;
        this.translations = translations;
        setId("script-notes");
        addClassName("script-notes");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        var title = new H3(getTranslation("review.script.title"));
        add(title);
        if (mayComment) {
            var hint = new Paragraph(getTranslation("review.script.hint"));
            hint.addClassName("script-notes-hint");
            hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("margin", "0");
            add(hint);
            buildCompose();
            add(compose);
        }
        threads.setId("script-notes-threads");
        add(threads);
        desk.onCommentAsked(this::asked);
        desk.onMarkOpened(this::open);
        follower.follow(this, desk.projectId(), update -> {
            if (update instanceof LiveUpdate.ReviewChanged changed && changed.shotId().isEmpty()) {
                refresh();
                desk.refreshMarks();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }

    private void buildCompose() {
        compose.setId("script-notes-compose");
        compose.setVisible(false);
        composeQuote.addClassName("script-notes-quote");
        quoteStyle(composeQuote);
        composeText.setId("script-notes-text");
        composeText.setWidthFull();
        composeText.setPlaceholder(getTranslation("review.script.placeholder"));
        composeText.setMaxLength(Reviews.MAX_TEXT);
        var post = new Button(getTranslation("review.script.post"), click -> post());
        post.setId("script-notes-post");
        post.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("review.script.cancel"), click -> closeCompose());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        compose.add(composeQuote, composeText, new Div(post, cancel));
    }

    private void asked(ScriptMargin.Selection asked) {
        if (!mayComment || asked.quote().isBlank()) {
            return;
        }
        selection = asked;
        composeQuote.setText(shortened(asked.quote()));
        compose.setVisible(true);
        composeText.focus();
    }

    private void post() {
        var on = selection;
        if (on == null) {
            return;
        }
        try {
            var posted = reviews.comment(desk.projectId(),
                    new CommentTarget.OnScript(on.revision(), on.from(), on.to(), on.quote(), false),
                    composeText.getValue());
            opened = posted.thread().value().toString();
            closeCompose();
            refresh();
            desk.refreshMarks();
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        }
    }

    private void closeCompose() {
        selection = null;
        composeText.clear();
        compose.setVisible(false);
    }

    private void open(String threadId) {
        opened = threadId;
        refresh();
    }

    private void refresh() {
        List<CommentThread> list;
        try {
            list = reviews.threadsOnScript(desk.projectId());
        } catch (UserFacingException refused) {
            threads.removeAll();
            return;
        }
        threads.removeAll();
        if (list.isEmpty()) {
            var none = new Paragraph(getTranslation("review.script.none"));
            none.setId("script-notes-none");
            threads.add(none);
            return;
        }
        for (var thread : list) {
            threads.add(threadView(thread));
        }
    }

    private Div threadView(CommentThread thread) {
        var id = thread.id().value().toString();
        var box = new Div();
        box.addClassName("script-note");
        box.getElement().setAttribute("data-thread", id);
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)");
        if (id.equals(opened)) {
            box.addClassName("opened");
            box.getStyle().set("border-color", "var(--lumo-primary-color)");
            box.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        }
        if (thread.resolved()) {
            box.getStyle().set("opacity", "0.7");
        }
        if (thread.first().target() instanceof CommentTarget.OnScript anchor) {
            var quote = new Span(shortened(anchor.quote()));
            quote.addClassName("script-notes-quote");
            quoteStyle(quote);
            if (anchor.gone()) {
                var gone = new Span(getTranslation("review.script.gone"));
                gone.addClassName("script-note-gone");
                gone.getElement().getThemeList().add("badge error small");
                quote.getStyle().set("text-decoration", "line-through");
                box.add(gone, quote);
            } else {
                quote.getElement().setAttribute("title", getTranslation("review.script.show"));
                quote.getStyle().set("cursor", "pointer");
                quote.addClickListener(click -> desk.reveal(anchor.revision(), anchor.from(), anchor.to()));
                box.add(quote);
            }
        }
        box.add(commentView(thread.first()));
        for (var reply : thread.replies()) {
            var view = commentView(reply);
            view.getStyle().set("margin-left", "var(--lumo-space-m)");
            box.add(view);
        }
        if (thread.resolved() && thread.resolvedBy() != null) {
            var by = new Span(getTranslation("review.script.resolved", thread.resolvedBy()));
            by.addClassName("script-note-resolved");
            by.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
            box.add(by);
        }
        if (mayComment) {
            var reply = new TextField();
            reply.setPlaceholder(getTranslation("review.script.reply-placeholder"));
            reply.addClassName("script-note-reply");
            reply.setWidthFull();
            reply.setMaxLength(Reviews.MAX_TEXT);
            var send = new Button(getTranslation("review.script.reply"), click -> act(() ->
                    reviews.reply(desk.projectId(), thread.id(), reply.getValue()), id));
            send.addThemeVariants(ButtonVariant.SMALL);
            var resolve = new Button(getTranslation(thread.resolved() ? "review.script.reopen" : "review.script.resolve"),
                    click -> act(() -> reviews.resolve(desk.projectId(), thread.id(), !thread.resolved()), id));
            resolve.addClassName("script-note-resolve");
            resolve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            box.add(reply, new Div(send, resolve));
        }
        return box;
    }

    private Div commentView(Comment comment) {
        var view = new Div();
        view.addClassName("script-note-comment");
        var who = new Span(comment.author().name());
        who.addClassName("script-note-author");
        who.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        view.add(who);
        if (comment.edited() != null) {
            var edited = new Span(" · " + getTranslation("review.script.edited"));
            edited.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
            view.add(edited);
        }
        var body = new Div();
        body.addClassName("script-note-text");
        if (comment.deleted()) {
            body.setText(getTranslation("review.script.deleted"));
            body.getStyle().set("font-style", "italic");
        } else {
            // Only the review's safe renderer makes this html: the author's text escaped, then light markup.
            body.getElement().setProperty("innerHTML", comment.html());
        }
        view.add(body);
        return view;
    }

    private void act(Runnable action, String threadId) {
        try {
            action.run();
            opened = threadId;
            refresh();
            desk.refreshMarks();
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        }
    }

    private static void quoteStyle(Span quote) {
        quote.getStyle().set("display", "block").set("font-family", "'Courier Prime', 'Courier New', monospace")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "pre-wrap")
                .set("border-left", "3px solid #facc15").set("padding-left", "var(--lumo-space-xs)")
                .set("margin-bottom", "var(--lumo-space-xs)");
    }

    private static String shortened(String quote) {
        return quote.length() <= QUOTE_SHOWN ? quote : quote.substring(0, QUOTE_SHOWN) + "…";
    }
}
