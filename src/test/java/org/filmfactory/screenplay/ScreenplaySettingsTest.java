package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The studio's script limit is one the whole studio handles: import, co-editing, breakdown, shot list, PDF. */
class ScreenplaySettingsTest {

    @Test
    void theLargestScriptIsTwoMegabytesAsOneChangeMayBe() {
        var defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("filmfactory.screenplay", ScreenplaySettings.class);
        assertThat(defaults.maxScriptSize()).isEqualTo(DataSize.ofMegabytes(2));
        assertThat(defaults.maxChangeSize()).isEqualTo(DataSize.ofMegabytes(2));
    }
}
