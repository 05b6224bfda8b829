/** Hazelcast member, clock and node identity wiring. */
@NullMarked
package org.filmfactory.platform.internal;

import org.jspecify.annotations.NullMarked;
