package org.filmfactory.cut;

import java.util.Locale;

/**
 * A voice a character can speak with.
 *
 * @param id stable id, e.g. {@code espeak:en-us+m3}, {@code piper:zh_CN-huayan-medium}, {@code api:alloy}
 * @param label what people see
 * @param engine {@code espeak} (offline default), {@code piper} (a voice folder the owner points to), {@code api}
 *     (an OpenAI-compatible speech API), {@code recording} (lines uploaded one by one)
 * @param language what it speaks
 */
public record VoiceOption(String id, String label, String engine, Locale language) {
}
