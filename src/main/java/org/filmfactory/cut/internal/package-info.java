/**
 * The live cut in the database, the one authority that orders edits to it (a locked row and a conditional update,
 * so it holds across nodes), the splicing of edits with their reverses for undo and redo, following the shot list,
 * and the named versions.
 */
@NullMarked
package org.filmfactory.cut.internal;

import org.jspecify.annotations.NullMarked;
