package org.filmfactory.cut;

/**
 * The voice a character speaks with.
 *
 * @param character the character's name as the script normalises it
 * @param voice the {@link VoiceOption#id()}
 * @param chosen whether someone chose it (else it is the default picked for the character, stable per name)
 */
public record CastVoice(String character, String voice, boolean chosen) {
}
