/** The Hazelcast topic and map behind the feed and presence, and the relay from project events to the feed. */
@NullMarked
package org.filmfactory.collab.internal;

import org.jspecify.annotations.NullMarked;
