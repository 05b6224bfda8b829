/**
 * The fountain module's inside. The Fountain reader ({@code FountainParser}): lines with boneyards taken out, the
 * title page, paragraph classification, inline emphasis, heading anatomy, scene assembly with the page estimate;
 * byte decoding ({@code ScriptDecoder}); the Fountain writer ({@code ParagraphWriter}); Final Draft reading and
 * writing; PDF layout; the breakdown JSON ({@code BreakdownJson}).
 */
@NullMarked
package org.filmfactory.fountain.internal;

import org.jspecify.annotations.NullMarked;
