package org.filmfactory.cut.ui;

/** Film times as people read them: {@code HH:MM:SS:FF} from whole frames at the project's (whole) frame rate. */
final class Timecodes {

    private Timecodes() {
    }

    static String of(long frames, int fps) {
        int rate = Math.max(1, fps);
        long f = Math.max(0, frames);
        long seconds = f / rate;
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60, f % rate);
    }
}
