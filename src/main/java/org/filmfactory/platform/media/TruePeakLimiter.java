package org.filmfactory.platform.media;

/**
 * A look-ahead limiter on the true peak of stereo frames: the peak of every frame is estimated with the 4× interpolator
 * of {@link TruePeakDetector}, the gain each frame needs to stay under the ceiling is spread back over the
 * look-ahead window by a sliding minimum and smoothed by a moving average of the same length (so the gain is already
 * down when the peak arrives, with no step that would click), and it recovers exponentially. The output lags the input
 * by {@link #delay()} frames; {@link #finish} drains it. Not thread-safe.
 */
final class TruePeakLimiter {

    interface Sink {
        void accept(float left, float right);
    }

    private static final int CHANNELS = 2;
    /** The interpolator's group delay in input frames, rounded up. */
    private static final int INTERPOLATOR_DELAY = (TruePeakDetector.FACTOR * TruePeakDetector.TAPS_PER_PHASE
            + TruePeakDetector.FACTOR - 1) / (2 * TruePeakDetector.FACTOR);
    private static final int SLACK = 2;

    private final double ceiling;
    private final int window;
    private final double release;
    private final int delay;

    private final double[][] history = new double[CHANNELS][2 * TruePeakDetector.TAPS_PER_PHASE];
    private int historyPosition;

    /** Frames waiting to go out, and the gain each needs, in rings of {@link #ringSize} indexed by frame number. */
    private final int ringSize;
    private final float[] left;
    private final float[] right;
    private final double[] required;
    /** The sliding minimum's deque of frame numbers, increasing required gain. */
    private final long[] deque;
    private int dequeHead;
    private int dequeTail;
    private final double[] envelope;
    private double envelopeSum;
    private double lastEnvelope = 1.0;

    private long arrived;
    private long emitted;

    /**
     * @param ceilingLinear the highest true peak let through (linear, 1.0 = 0 dBTP)
     * @param lookAheadFrames how early the gain starts going down before a peak
     * @param releaseFrames the time constant of the recovery
     */
    TruePeakLimiter(double ceilingLinear, int lookAheadFrames, int releaseFrames) {
        this.ceiling = ceilingLinear;
        this.window = lookAheadFrames;
        this.release = 1.0 - Math.exp(-1.0 / releaseFrames);
        this.delay = INTERPOLATOR_DELAY + window + 2 * SLACK + 1;
        this.ringSize = Integer.highestOneBit(2 * (delay + window + 16)) * 2;
        this.left = new float[ringSize];
        this.right = new float[ringSize];
        this.required = new double[ringSize];
        this.deque = new long[ringSize];
        this.envelope = new double[ringSize];
        for (var i = 0; i < ringSize; i++) {
            required[i] = 1.0;
            envelope[i] = 1.0;
        }
        envelopeSum = window;
    }

    int delay() {
        return delay;
    }

    void accept(float l, float r, Sink sink) {
        var frame = arrived++;
        var slot = (int) (frame & (ringSize - 1));
        left[slot] = l;
        right[slot] = r;
        required[slot] = 1.0;
        // the interpolated peak arriving now belongs to the frame INTERPOLATOR_DELAY back
        var peak = interpolatedPeak(l, r);
        var at = frame - INTERPOLATOR_DELAY;
        if (at >= 0) {
            var atSlot = (int) (at & (ringSize - 1));
            var need = Math.max(peak, Math.max(Math.abs(left[atSlot]), Math.abs(right[atSlot])));
            required[atSlot] = need > ceiling ? ceiling / need : 1.0;
            advance(at, sink);
        }
    }

    /** Pushes the last frames out (as if followed by silence). */
    void finish(Sink sink) {
        var end = arrived;
        while (emitted < end) {
            accept(0f, 0f, (l, r) -> {
                if (emitted < end) {
                    sink.accept(l, r);
                }
            });
            if (arrived > end + 10L * ringSize) {
                throw new IllegalStateException("limiter does not drain");
            }
        }
    }

    /** Frame {@code known} now has its required gain: move the minimum, the envelope and the output on. */
    private void advance(long known, Sink sink) {
        // sliding minimum of required over [t - SLACK, t + window + SLACK]: ready for t = known - window - SLACK
        pushMinimum(known);
        var t = known - window - SLACK;
        if (t < 0) {
            return;
        }
        while (dequeHead != dequeTail && deque[dequeHead & (ringSize - 1)] < t - SLACK) {
            dequeHead++;
        }
        var minimum = required[(int) (deque[dequeHead & (ringSize - 1)] & (ringSize - 1))];
        var recovered = lastEnvelope + (1.0 - lastEnvelope) * release;
        var value = Math.min(minimum, recovered);
        lastEnvelope = value;
        var envelopeSlot = (int) (t & (ringSize - 1));
        var leaving = (int) ((t - window) & (ringSize - 1));
        envelopeSum += value - (t - window >= 0 ? envelope[leaving] : 1.0);
        envelope[envelopeSlot] = value;
        var gain = Math.min(1.0, envelopeSum / window);
        var outSlot = envelopeSlot;
        sink.accept((float) (left[outSlot] * gain), (float) (right[outSlot] * gain));
        emitted = t + 1;
    }

    private void pushMinimum(long frame) {
        var value = required[(int) (frame & (ringSize - 1))];
        while (dequeHead != dequeTail
                && required[(int) (deque[(dequeTail - 1) & (ringSize - 1)] & (ringSize - 1))] >= value) {
            dequeTail--;
        }
        deque[dequeTail & (ringSize - 1)] = frame;
        dequeTail++;
    }

    private double interpolatedPeak(float l, float r) {
        historyPosition = historyPosition == 0 ? TruePeakDetector.TAPS_PER_PHASE - 1 : historyPosition - 1;
        var peak = 0.0;
        for (var channel = 0; channel < CHANNELS; channel++) {
            var h = history[channel];
            double x = channel == 0 ? l : r;
            h[historyPosition] = x;
            h[historyPosition + TruePeakDetector.TAPS_PER_PHASE] = x;
            for (var phase = 0; phase < TruePeakDetector.FACTOR; phase++) {
                peak = Math.max(peak, Math.abs(TruePeakDetector.interpolate(h, historyPosition, phase)));
            }
        }
        return peak;
    }
}
