/** The script screen: the screenplay's text with saving that never overwrites a newer save. */
@NullMarked
package org.filmfactory.screenplay.ui;

import org.jspecify.annotations.NullMarked;
