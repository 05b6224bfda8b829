package org.filmfactory.project.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which databases count as the embedded quick start, where the demo studio's known password harms no one. */
class DemoStudioTest {

    @Test
    void onlyAnH2DatabaseInsideTheProcessIsEmbedded() {
        assertThat(DemoStudio.embedded("jdbc:h2:file:./data/db/filmfactory;MODE=PostgreSQL")).isTrue();
        assertThat(DemoStudio.embedded("jdbc:h2:mem:ff-1;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(DemoStudio.embedded("jdbc:h2:tcp://db.example.com/filmfactory")).isFalse();
        assertThat(DemoStudio.embedded("jdbc:h2:ssl://db.example.com/filmfactory")).isFalse();
        assertThat(DemoStudio.embedded("jdbc:postgresql://db.example.com/filmfactory")).isFalse();
        assertThat(DemoStudio.embedded("")).isFalse();
    }
}
