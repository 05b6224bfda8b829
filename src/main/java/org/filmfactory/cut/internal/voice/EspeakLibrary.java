package org.filmfactory.cut.internal.voice;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;
import org.jspecify.annotations.Nullable;

/** The few espeak-ng 1.52 calls the offline voice uses ({@code speak_lib.h}), bound through JNA. */
interface EspeakLibrary extends Library {

    /** {@code AUDIO_OUTPUT_SYNCHRONOUS}: {@link #espeak_Synth} returns when done, samples go to the callback. */
    int AUDIO_OUTPUT_SYNCHRONOUS = 2;
    /** {@code espeakCHARS_UTF8}. */
    int CHARS_UTF8 = 1;
    /** {@code espeakENDPAUSE}: a short pause at the end of the text. */
    int END_PAUSE = 0x1000;
    /** {@code POS_CHARACTER}. */
    int POSITION_CHARACTER = 1;
    /** {@code espeakRATE}, words per minute. */
    int PARAMETER_RATE = 1;
    int EE_OK = 0;

    /** Returns the sample rate, or a negative error. {@code path} is the folder holding {@code espeak-ng-data}. */
    int espeak_Initialize(int output, int bufferLength, String path, int options);

    int espeak_Terminate();

    void espeak_SetSynthCallback(SynthCallback callback);

    int espeak_SetVoiceByName(String name);

    /** espeak-ng 1.52: seeds the noise and jitter of its wave generator, so the same call gives the same samples. */
    void espeak_ng_SetRandSeed(long seed);

    int espeak_SetParameter(int parameter, int value, int relative);

    int espeak_Synth(byte[] text, long size, int position, int positionType, int endPosition, int flags,
            @Nullable Pointer uniqueIdentifier, @Nullable Pointer userData);

    /** {@code int SynthCallback(short *wav, int numsamples, espeak_EVENT *events)}; return 0 to go on. */
    interface SynthCallback extends Callback {
        int invoke(@Nullable Pointer wav, int samples, @Nullable Pointer events);
    }
}
