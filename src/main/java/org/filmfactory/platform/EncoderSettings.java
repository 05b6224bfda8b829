package org.filmfactory.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@link VideoEncoder} compresses clips with libx264.
 *
 * @param preset x264 speed/size trade-off, {@code ultrafast} … {@code veryslow}; {@code veryfast} encodes 1080×1920
 *     at about 65 frames a second on 2 cores
 * @param crf constant quality, 0 (lossless) … 51; 20 is visually clean for drawn animatics
 * @param bufferedFrames how many drawn frames may wait for the encoder (each 1080×1920 image is ~6 MB)
 */
@ConfigurationProperties("filmfactory.encoder")
@Validated
public record EncoderSettings(
        @DefaultValue("veryfast")
        @Pattern(regexp = "ultrafast|superfast|veryfast|faster|fast|medium|slow|slower|veryslow") String preset,
        @DefaultValue("20") @Min(0) @Max(51) int crf,
        @DefaultValue("3") @Min(1) @Max(16) int bufferedFrames) {

    /** The defaults, for use without Spring (the headless command line). */
    public static final EncoderSettings DEFAULTS = new EncoderSettings("veryfast", 20, 3);

    public EncoderSettings {
        if (!preset.matches("ultrafast|superfast|veryfast|faster|fast|medium|slow|slower|veryslow")) {
            throw new IllegalArgumentException("unknown x264 preset " + preset);
        }
        if (crf < 0 || crf > 51 || bufferedFrames < 1 || bufferedFrames > 16) {
            throw new IllegalArgumentException("crf 0..51 and bufferedFrames 1..16, not " + crf + ", " + bufferedFrames);
        }
    }
}
