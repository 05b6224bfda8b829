/**
 * The publishing package's pure parts: each platform's text and cover limits, the title, description and hashtags
 * from the title page, the cover chosen by the pixels of candidate frames, and the ZIP with its manifest.
 */
@NullMarked
package org.filmfactory.render.internal.publish;

import org.jspecify.annotations.NullMarked;
