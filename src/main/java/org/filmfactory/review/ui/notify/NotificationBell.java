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
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.QueryParameters;
import java.time.format.FormatStyle;
import org.filmfactory.collab.Subscription;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.review.Notification;
import org.filmfactory.review.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The bell: a button with the unread count, which moves live when a notification arrives or is read (on any node,
 * in any tab), and a popover listing the notifications, newest first. Choosing one marks it read and goes to what
 * it is about. Every control is a real button, so the bell works from the keyboard; the popover fits a phone.
 */
class NotificationBell extends Div {

    static final int PAGE = 20;

    private final Notifications notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
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
        add(bell, count, popover);
        popover();
    }

    private void popover() {
        popover.setTarget(bell);
        popover.setOpenOnClick(true);
        popover.setOpenOnFocus(false);
        popover.setOpenOnHover(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAutofocus(true);
        popover.setRole("dialog");
        popover.setAriaLabel(getTranslation("notify.bell.title"));
        popover.setWidth("min(26rem, calc(100vw - 1rem))");
        popover.setId("notification-popover");

        var title = new Span(getTranslation("notify.bell.title"));
        title.getStyle().set("font-weight", "600").set("flex", "1");
        var markAll = new Button(getTranslation("notify.bell.mark-all"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var head = new Div(title, markAll);
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
        popover.add(content);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                shown = PAGE;
                fillList();
            }
        });
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
        if (popover.isOpened()) {
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
        popover.close();
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
