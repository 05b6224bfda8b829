package org.filmfactory.cut;

import org.filmfactory.platform.UserFacingException;

/**
 * A voice could not be made: the speech API answered with an error, timed out or could not be reached, or a Piper
 * voice of the folder is broken. Nothing was stored. The key is under {@code cut.voice.error.}:
 * <ul>
 *   <li>{@code api-status}: the HTTP status, the API's own message</li>
 *   <li>{@code api-timeout}: the timeout in seconds</li>
 *   <li>{@code api-unreachable}: the API's address</li>
 *   <li>{@code api-not-sound}: the API's address (its reply was not a sound file)</li>
 *   <li>{@code piper-config}: the voice's file name (its {@code .onnx.json} is missing or unreadable)</li>
 *   <li>{@code piper-model}: the voice's file name (its {@code .onnx} is not a model Piper can load)</li>
 *   <li>{@code unknown}: the voice's id (no longer offered: its folder or API is gone)</li>
 * </ul>
 */
public class VoiceUnavailable extends UserFacingException {

    public VoiceUnavailable(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
