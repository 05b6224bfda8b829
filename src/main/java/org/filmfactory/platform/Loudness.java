package org.filmfactory.platform;

/**
 * How loud a sound is by ITU-R BS.1770-4 / EBU R 128: integrated loudness (gated) and true peak (4× oversampled).
 * Every film is mixed to {@link #TARGET_LUFS} with its true peak at or below {@link #CEILING_DBTP}, what the short-video
 * platforms normalise to.
 *
 * @param integratedLufs integrated loudness in LUFS ({@code -Infinity} for silence)
 * @param truePeakDbtp the highest true peak of any channel in dBTP
 */
public record Loudness(double integratedLufs, double truePeakDbtp) {

    public static final double TARGET_LUFS = -14.0;
    public static final double CEILING_DBTP = -1.0;
}
