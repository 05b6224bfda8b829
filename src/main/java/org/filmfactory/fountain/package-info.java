/**
 * Screenplays as files, with no studio around them: reading Fountain text into a {@link
 * org.filmfactory.fountain.ParsedScript} (title page, the sealed family of {@link
 * org.filmfactory.fountain.ScriptElement}s with their source lines, scenes with their speaking characters and a
 * page-eighths estimate, warnings) through {@link org.filmfactory.fountain.FountainReader}, which also turns a file's
 * bytes into text or a {@link org.filmfactory.fountain.ScriptFileRefused}; writing Fountain ({@link
 * org.filmfactory.fountain.FountainWriter}), Final Draft in and out ({@link org.filmfactory.fountain.FinalDraft}), the
 * printed PDF ({@link org.filmfactory.fountain.ScreenplayPdf}) and the {@code breakdown} command's JSON ({@link
 * org.filmfactory.fountain.BreakdownCommand}).
 *
 * <p>A plain library: no Spring, no Vaadin, no Hazelcast, no persistence and no other module of the studio (an
 * architecture test holds it to that), so the cut, the subtitles and the command line use it without the live
 * script. Everything is pure and safe from any thread. Refusals carry message keys; translating them is the
 * caller's business. The reading rules are in {@code docs/screenplay-fountain.md}.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.filmfactory.fountain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
