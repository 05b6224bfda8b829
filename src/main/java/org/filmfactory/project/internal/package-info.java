/** Project, membership and invitation tables, and the invitation mailer. */
@NullMarked
package org.filmfactory.project.internal;

import org.jspecify.annotations.NullMarked;
