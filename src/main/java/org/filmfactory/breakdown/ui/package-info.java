/** The shot list screen: scenes with their page length, shots with their values, and directors' edit controls. */
@NullMarked
package org.filmfactory.breakdown.ui;

import org.jspecify.annotations.NullMarked;
