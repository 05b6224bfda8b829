/**
 * The notification bell in every signed-in screen's header: the unread count, live on every node, and a popover
 * that lists the person's notifications and leads to what each is about.
 */
@NullMarked
package org.filmfactory.review.ui.notify;

import org.jspecify.annotations.NullMarked;
