/** What the factory lends other modules: the live script's text for render's publishing packages. */
@NullMarked
package org.filmfactory.factory.internal;

import org.jspecify.annotations.NullMarked;
