/**
 * The screenplay module's inside. The Fountain reader ({@code FountainParser}): lines with boneyards taken out, the
 * title page, paragraph classification, inline emphasis, heading anatomy, scene assembly with the page estimate;
 * byte decoding ({@code ScriptDecoder}) and the breakdown JSON ({@code BreakdownJson}).
 */
@NullMarked
package org.filmfactory.screenplay.internal;

import org.jspecify.annotations.NullMarked;
