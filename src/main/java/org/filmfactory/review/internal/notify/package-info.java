/**
 * Notifications: who is told what when a comment is posted, a shot is decided or someone joins a project; the
 * per-person store ({@code notification}, V15), the live signal that moves a person's bell on every node, and the
 * batched e-mail.
 */
@NullMarked
package org.filmfactory.review.internal.notify;

import org.jspecify.annotations.NullMarked;
