package org.filmfactory.platform.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;

/**
 * Loads FFmpeg's natives once per JVM (JavaCPP unpacks them to {@code ~/.javacpp/cache} the first time) and silences
 * FFmpeg's own log: every failure the studio cares about comes back as a return code and becomes an exception or a
 * refusal with a message, so FFmpeg's stderr chatter (warnings on every odd upload) would only drown the real logs.
 */
public final class FfmpegNatives {

    private FfmpegNatives() {
    }

    /** Loads the natives if not done yet (thread-safe: the class holder idiom runs it once). */
    public static void load() {
        if (!Loaded.DONE) {
            throw new IllegalStateException("FFmpeg natives did not load");
        }
    }

    /**
     * Fails clearly at startup when the bundled FFmpeg lacks the libx264 encoder (the LGPL build does: the
     * {@code linux-x86_64-gpl} classifier is needed).
     */
    public static void requireH264Encoder() {
        load();
        if (avcodec.avcodec_find_encoder_by_name("libx264") == null) {
            throw new IllegalStateException("the bundled FFmpeg has no libx264 encoder: use the org.bytedeco:ffmpeg"
                    + " jar with the linux-x86_64-gpl classifier");
        }
    }

    private static final class Loaded {
        static final boolean DONE = loadOnce();

        private static boolean loadOnce() {
            Loader.load(avutil.class);
            Loader.load(avcodec.class);
            Loader.load(avformat.class);
            Loader.load(swscale.class);
            av_log_set_level(AV_LOG_QUIET);
            return true;
        }
    }
}
