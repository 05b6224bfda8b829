/**
 * The edit: the project's cut (ordered clips of takes with in and out points, transitions, title and end cards), its
 * versions, and the sound that goes with it — a voice per character for every dialogue line, the music bed — plus
 * the subtitles timed to the voices and the hand-off to finishing tools (OpenTimelineIO, EDL). Publishes
 * {@code LiveUpdate.CutChanged} on every accepted edit.
 */
@ApplicationModule(allowedDependencies = {"review", "take", "take :: ui", "breakdown", "fountain", "collab",
        "project", "project :: ui", "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.cut;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
