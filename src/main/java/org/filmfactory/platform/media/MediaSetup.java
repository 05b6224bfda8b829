package org.filmfactory.platform.media;

import org.filmfactory.platform.DecodingMediaProbe;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.Stills;
import org.filmfactory.platform.VideoEncoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The media primitives as beans: one encoder configured by {@link EncoderSettings}, stills, the probe. Creating the
 * encoder loads FFmpeg and checks libx264 is there, so a node with the wrong FFmpeg build fails at startup with a
 * clear message rather than at its first take.
 */
@Configuration(proxyBeanMethods = false)
class MediaSetup {

    @Bean
    VideoEncoder videoEncoder(EncoderSettings settings) {
        FfmpegNatives.requireH264Encoder();
        return new VideoEncoder(settings);
    }

    @Bean
    Stills stills() {
        return new Stills();
    }

    @Bean
    DecodingMediaProbe mediaProbe() {
        return new DecodingMediaProbe();
    }
}
