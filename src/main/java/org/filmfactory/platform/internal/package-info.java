/** Hazelcast member, clock and node identity wiring; the media store on a local folder or an S3-compatible bucket. */
@NullMarked
package org.filmfactory.platform.internal;

import org.jspecify.annotations.NullMarked;
