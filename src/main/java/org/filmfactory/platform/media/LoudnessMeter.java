package org.filmfactory.platform.media;

import java.util.Arrays;
import org.filmfactory.platform.Loudness;

/**
 * An ITU-R BS.1770-4 meter fed block by block: K-weighting (the two biquads of the recommendation, recomputed for any
 * sample rate by the bilinear transform of their analogue prototypes), mean squares over 400 ms blocks that overlap by
 * 75 % (kept as 100 ms sub-block sums, so memory is ten numbers a second, never the samples), the absolute gate at
 * -70 LUFS and the relative gate 10 LU below the absolutely gated level, and the true peak from
 * {@link TruePeakDetector}. Every channel weighs 1 (mono and stereo; no surround here). Not thread-safe: one meter per
 * stream.
 */
public final class LoudnessMeter {

    private static final double ABSOLUTE_GATE_LUFS = -70.0;
    private static final double RELATIVE_GATE_LU = -10.0;

    private final int channels;
    private final int subBlockFrames;
    private final double[] shelfB = new double[3];
    private final double[] shelfA = new double[3];
    private final double[] highA = new double[3];
    /** Per channel: shelf x1, x2, y1, y2, then high-pass y1, y2 (its input is the shelf's output). */
    private final double[][] state;
    private final TruePeakDetector peaks;

    private double subBlockSum;
    private int subBlockFill;
    private double[] subBlocks = new double[64];
    private int subBlockCount;

    public LoudnessMeter(int sampleRate, int channels) {
        if (sampleRate < 8_000 || channels < 1) {
            throw new IllegalArgumentException(sampleRate + " Hz, " + channels + " channels");
        }
        this.channels = channels;
        this.subBlockFrames = (int) Math.round(sampleRate / 10.0);
        this.state = new double[channels][6];
        this.peaks = new TruePeakDetector(channels);
        // Stage 1, the high shelf (+4 dB above ~1.7 kHz), as libebur128 and ffmpeg derive it for any rate
        var f0 = 1681.974450955533;
        var gain = 3.999843853973347;
        var q = 0.7071752369554196;
        var k = Math.tan(Math.PI * f0 / sampleRate);
        var vh = Math.pow(10.0, gain / 20.0);
        var vb = Math.pow(vh, 0.4996667741545416);
        var a0 = 1.0 + k / q + k * k;
        shelfB[0] = (vh + vb * k / q + k * k) / a0;
        shelfB[1] = 2.0 * (k * k - vh) / a0;
        shelfB[2] = (vh - vb * k / q + k * k) / a0;
        shelfA[0] = 1.0;
        shelfA[1] = 2.0 * (k * k - 1.0) / a0;
        shelfA[2] = (1.0 - k / q + k * k) / a0;
        // Stage 2, the RLB high-pass (~38 Hz)
        f0 = 38.13547087602444;
        q = 0.5003270373238773;
        k = Math.tan(Math.PI * f0 / sampleRate);
        var b0 = 1.0 + k / q + k * k;
        highA[0] = 1.0;
        highA[1] = 2.0 * (k * k - 1.0) / b0;
        highA[2] = (1.0 - k / q + k * k) / b0;
    }

    public int channels() {
        return channels;
    }

    /** Feeds {@code frames} interleaved frames (one sample per channel each) from {@code samples[offset]}. */
    public void accept(float[] samples, int offset, int frames) {
        peaks.accept(samples, offset, frames);
        var index = offset;
        for (var frame = 0; frame < frames; frame++) {
            var energy = 0.0;
            for (var channel = 0; channel < channels; channel++) {
                var s = state[channel];
                double x = samples[index++];
                var y = shelfB[0] * x + shelfB[1] * s[0] + shelfB[2] * s[1] - shelfA[1] * s[2] - shelfA[2] * s[3];
                // the high-pass's numerator is 1, -2, 1 over the shelf's output history
                var z = y - 2.0 * s[2] + s[3] - highA[1] * s[4] - highA[2] * s[5];
                s[1] = s[0];
                s[0] = x;
                s[3] = s[2];
                s[2] = y;
                energy += z * z;
                s[5] = s[4];
                s[4] = z;
            }
            subBlockSum += energy;
            if (++subBlockFill == subBlockFrames) {
                if (subBlockCount == subBlocks.length) {
                    subBlocks = Arrays.copyOf(subBlocks, subBlocks.length * 2);
                }
                subBlocks[subBlockCount++] = subBlockSum;
                subBlockSum = 0;
                subBlockFill = 0;
            }
        }
    }

    /** What was fed so far: integrated loudness ({@code -Infinity} when no block passes the gates) and true peak. */
    public Loudness result() {
        var blocks = Math.max(0, subBlockCount - 3);
        var blockFrames = 4.0 * subBlockFrames;
        var energies = new double[blocks];
        for (var i = 0; i < blocks; i++) {
            energies[i] = (subBlocks[i] + subBlocks[i + 1] + subBlocks[i + 2] + subBlocks[i + 3]) / blockFrames;
        }
        var absoluteGate = energyOf(ABSOLUTE_GATE_LUFS);
        var sum = 0.0;
        var count = 0;
        for (var e : energies) {
            if (e > absoluteGate) {
                sum += e;
                count++;
            }
        }
        double integrated = Double.NEGATIVE_INFINITY;
        if (count > 0) {
            var relativeGate = energyOf(lufs(sum / count) + RELATIVE_GATE_LU);
            var gatedSum = 0.0;
            var gated = 0;
            for (var e : energies) {
                if (e > absoluteGate && e > relativeGate) {
                    gatedSum += e;
                    gated++;
                }
            }
            integrated = gated == 0 ? Double.NEGATIVE_INFINITY : lufs(gatedSum / gated);
        }
        return new Loudness(integrated, peaks.truePeakDbtp());
    }

    private static double lufs(double energy) {
        return energy <= 0 ? Double.NEGATIVE_INFINITY : -0.691 + 10.0 * Math.log10(energy);
    }

    private static double energyOf(double lufs) {
        return Math.pow(10.0, (lufs + 0.691) / 10.0);
    }
}
