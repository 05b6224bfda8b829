/**
 * The cut module's screens: the timeline (the cut on one canvas in the browser, with its filmstrip, voice and music
 * tracks, the preview and the editor's keys; the selected clip, the cards and the saved versions beside it).
 */
@NullMarked
package org.filmfactory.cut.ui;

import org.jspecify.annotations.NullMarked;
