/** Review links: the links, the shots they cover, the guests' comments made through them, and their media. */
@NullMarked
package org.filmfactory.review.internal.links;

import org.jspecify.annotations.NullMarked;
