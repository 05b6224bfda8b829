/**
 * Voices for the dialogue: espeak-ng through JNA (offline default), Piper voices from a folder, an OpenAI-compatible
 * speech API, uploaded recordings; the cast's chosen voices and the cache of made lines.
 */
@NullMarked
package org.filmfactory.cut.internal.voice;

import org.jspecify.annotations.NullMarked;
