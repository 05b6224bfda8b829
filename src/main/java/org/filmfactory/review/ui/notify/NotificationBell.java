package org.filmfactory.review.ui.notify;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.QueryParameters;
import java.time.format.FormatStyle;
import org.filmfactory.collab.Subscription;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.review.Notification;
import org.filmfactory.review.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The bell: a button with the unread count, which moves live when a notification arrives or is read (on any node,
 * in any tab), and a dialog listing the notifications, newest first. Choosing one marks it read and goes to what
 * it is about. Every control is a real button, so the bell works from the keyboard; the dialog fits a phone.
 */
class NotificationBell extends Div {

    static final int PAGE = 20;

    private final Notifications notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Dialog dialog = new Dialog();
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown = PAGE;
    private @Nullable Subscription following;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
        addClassName("notification-bell");
        getStyle().set("position", "relative").set("display", "inline-flex");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        count.getStyle().set("position", "absolute").set("top", "0").set("inset-inline-end", "0")
                .set("pointer-events", "none");
        count.getElement().setAttribute("aria-hidden", "true");
        add(bell, count);
        dialog();
    }

    private void dialog() {
        bell.addClickListener(e -> {
            shown = PAGE;
            fillList();
            dialog.open();
        });
        dialog.setCloseOnEsc(true);
        dialog.setCloseOnOutsideClick(true);
        dialog.getElement().setAttribute("aria-label", getTranslation("notify.bell.title"));
        dialog.setWidth("min(26rem, calc(100vw - 1rem))");
        dialog.setId("notification-dialog");

        var title = new Span(getTranslation("notify.bell.title"));
        title.getStyle().set("font-weight", "600").set("flex", "1");
        var markAll = new Button(getTranslation("notify.bell.mark-all"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        close.setAriaLabel(getTranslation("notify.bell.close"));
        close.setId("notification-close");
        var head = new Div(title, markAll, close);
        head.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");

        list.setId("notification-list");
        list.getStyle().set("max-height", "min(60vh, 30rem)").set("overflow-y", "auto")
                .set("display", "flex").set("flex-direction", "column");
        more.setText(getTranslation("notify.bell.more"));
        more.setId("notification-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(e -> {
            shown += PAGE;
            fillList();
        });

        var content = new Div(head, list, more);
        content.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        if (notifications.mailAvailable()) {
            var mail = new Checkbox(getTranslation("notify.bell.mail"), notifications.mailWanted());
            mail.setId("notification-mail");
            mail.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    notifications.wantMail(e.getValue());
                }
            });
            content.add(mail);
        }
        dialog.add(content);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var ui = event.getUI();
        following = notifications.follow(() -> {
            try {
                ui.access(this::refresh);
            } catch (UIDetachedException gone) {
                // The tab closed meanwhile: nobody is left to tell.
            }
        });
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (following != null) {
            following.close();
            following = null;
        }
        super.onDetach(event);
    }

    private void refresh() {
        var unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : Integer.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notify.bell.label", unread));
        if (dialog.isOpened()) {
            fillList();
        }
    }

    private void fillList() {
        list.removeAll();
        var page = notifications.mine(0, shown + 1);
        if (page.isEmpty()) {
            var empty = new Span(getTranslation("notify.bell.empty"));
            empty.addClassName("notification-empty");
            list.add(empty);
        }
        page.stream().limit(shown).forEach(n -> list.add(entry(n)));
        more.setVisible(page.size() > shown);
    }

    private NativeButton entry(Notification notification) {
        var text = new Span(getTranslation(notification.key(), notification.arguments().toArray()));
        var when = new Span(StudioTime.format(notification.at(), FormatStyle.MEDIUM, FormatStyle.SHORT));
        when.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        var entry = new NativeButton();
        entry.add(text, when);
        entry.addClassName("notification-entry");
        entry.getElement().setAttribute("data-id", notification.id().toString());
        entry.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "2px").set("text-align", "start").set("width", "100%").set("border", "none")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                .set("font", "inherit").set("color", "inherit").set("cursor", "pointer")
                .set("background", notification.read() ? "transparent" : "var(--lumo-primary-color-10pct)");
        if (!notification.read()) {
            entry.addClassName("unread");
            text.getStyle().set("font-weight", "600");
            entry.getElement().setAttribute("aria-description", getTranslation("notify.bell.unread"));
        }
        entry.addClickListener(e -> go(notification));
        return entry;
    }

    private void go(Notification notification) {
        var opened = notifications.open(notification.id());
        dialog.close();
        var link = opened.link();
        var query = link.indexOf('?');
        var path = query < 0 ? link : link.substring(0, query);
        getUI().ifPresent(ui -> {
            if (opened.commentId() != null && query >= 0) {
                ui.navigate(path, QueryParameters.of(Notification.COMMENT_PARAMETER, opened.commentId().toString()));
            } else {
                ui.navigate(path);
            }
        });
        refresh();
    }
}
