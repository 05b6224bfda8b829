package org.filmfactory.platform.media;

import org.filmfactory.platform.DecodingMediaProbe;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.Stills;
import org.filmfactory.platform.VideoEncoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The media primitives as beans: one encoder configured by {@link EncoderSettings}, stills, the probe. */
@Configuration(proxyBeanMethods = false)
class MediaSetup {

    @Bean
    VideoEncoder videoEncoder(EncoderSettings settings) {
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
