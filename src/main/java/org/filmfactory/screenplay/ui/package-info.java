/**
 * The script screen: the screenplay in the co-editor, and {@link org.filmfactory.screenplay.ui.ScriptCompanion}, the
 * way later modules put a panel beside it.
 */
@NamedInterface("ui")
@NullMarked
package org.filmfactory.screenplay.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
