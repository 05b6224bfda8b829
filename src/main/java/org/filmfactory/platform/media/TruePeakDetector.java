package org.filmfactory.platform.media;

/**
 * True peak by ITU-R BS.1770-4 Annex 2: the signal upsampled 4× by a polyphase FIR interpolator (a Kaiser-windowed
 * sinc, {@value #TAPS_PER_PHASE} taps a phase, each phase normalised to unity gain at DC), the largest absolute value of
 * any channel over the upsampled samples and the samples themselves. Not thread-safe.
 */
public final class TruePeakDetector {

    static final int FACTOR = 4;
    static final int TAPS_PER_PHASE = 32;

    /** {@code PHASES[p][j]}: the weight of the input sample {@code j} steps back for output phase {@code p}. */
    private static final double[][] PHASES = design();

    private final int channels;
    /** Per channel, the last {@value #TAPS_PER_PHASE} samples twice over, so a window is always contiguous. */
    private final double[][] history;
    private int position;
    private double peak;

    public TruePeakDetector(int channels) {
        this.channels = channels;
        this.history = new double[channels][2 * TAPS_PER_PHASE];
    }

    public void accept(float[] samples, int offset, int frames) {
        var index = offset;
        for (var frame = 0; frame < frames; frame++) {
            position = position == 0 ? TAPS_PER_PHASE - 1 : position - 1;
            for (var channel = 0; channel < channels; channel++) {
                double x = samples[index++];
                var h = history[channel];
                h[position] = x;
                h[position + TAPS_PER_PHASE] = x;
                var m = Math.abs(x);
                for (var phase = 0; phase < FACTOR; phase++) {
                    var weights = PHASES[phase];
                    var y = 0.0;
                    for (var j = 0; j < TAPS_PER_PHASE; j++) {
                        y += weights[j] * h[position + j];
                    }
                    m = Math.max(m, Math.abs(y));
                }
                if (m > peak) {
                    peak = m;
                }
            }
        }
    }

    /** The highest true peak so far as a linear amplitude (1.0 = full scale). */
    public double truePeak() {
        return peak;
    }

    /** The same in dBTP ({@code -Infinity} for digital silence). */
    public double truePeakDbtp() {
        return peak == 0 ? Double.NEGATIVE_INFINITY : 20.0 * Math.log10(peak);
    }

    /** Output {@code phase} of the interpolator over the window {@code window[start…start+TAPS_PER_PHASE)}, newest first. */
    static double interpolate(double[] window, int start, int phase) {
        var weights = PHASES[phase];
        var y = 0.0;
        for (var j = 0; j < TAPS_PER_PHASE; j++) {
            y += weights[j] * window[start + j];
        }
        return y;
    }

    private static double[][] design() {
        // odd length: the centre falls on an upsampled instant, so the phases land at 0, 1/4, 1/2 and 3/4 of a sample
        var length = FACTOR * TAPS_PER_PHASE - 1;
        var centre = (length - 1) / 2.0;
        // cut-off a little below the original Nyquist frequency, in cycles per upsampled sample
        var cutoff = 0.47 / FACTOR;
        var beta = 8.0;
        var prototype = new double[length + 1];
        for (var n = 0; n < length; n++) {
            var t = n - centre;
            var sinc = t == 0 ? 1.0 : Math.sin(2 * Math.PI * cutoff * t) / (2 * Math.PI * cutoff * t);
            var r = 2.0 * n / (length - 1) - 1.0;
            prototype[n] = sinc * bessel0(beta * Math.sqrt(1 - r * r)) / bessel0(beta);
        }
        var phases = new double[FACTOR][TAPS_PER_PHASE];
        for (var phase = 0; phase < FACTOR; phase++) {
            var sum = 0.0;
            for (var j = 0; j < TAPS_PER_PHASE; j++) {
                phases[phase][j] = prototype[FACTOR * j + phase];
                sum += phases[phase][j];
            }
            for (var j = 0; j < TAPS_PER_PHASE; j++) {
                phases[phase][j] /= sum;
            }
        }
        return phases;
    }

    private static double bessel0(double x) {
        var sum = 1.0;
        var term = 1.0;
        for (var k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }
}
