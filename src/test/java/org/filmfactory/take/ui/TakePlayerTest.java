package org.filmfactory.take.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.take.TakeId;
import org.filmfactory.take.TakeView;
import org.junit.jupiter.api.Test;

/** The player's server side: the frame rate it tells the browser, the notes it hands over, the sketch it reads back. */
class TakePlayerTest {

    private static TakeView take(UUID id, int fps, long frames, Duration duration) {
        return new TakeView(new TakeId(id), new ShotId(UUID.randomUUID()), 1, "upload", "", 0, "Ann",
                Instant.EPOCH, false, false, "/media/clip", "/media/poster", "/media/thumb", 160, 90, fps, frames,
                duration, "video/mp4");
    }

    @Test
    void ntscTakesAreToldApartFromWholeRatesByTheirLength() {
        var id = UUID.randomUUID();
        // 600 frames at 30000/1001 last 20.02 s; at 30, 20 s. The stored rate is 30 for both.
        assertThat(TakePlayer.fpsOf(take(id, 30, 600, Duration.ofMillis(20_020)))).isEqualTo("29.97");
        assertThat(TakePlayer.fpsOf(take(id, 30, 600, Duration.ofMillis(20_000)))).isEqualTo("30");
        assertThat(TakePlayer.fpsOf(take(id, 24, 480, Duration.ofMillis(20_020)))).isEqualTo("23.976");
        assertThat(TakePlayer.fpsOf(take(id, 60, 1200, Duration.ofMillis(20_020)))).isEqualTo("59.94");
        assertThat(TakePlayer.fpsOf(take(id, 25, 500, Duration.ofMillis(20_020)))).isEqualTo("25");
        assertThat(TakePlayer.fpsOf(take(id, 0, 1, Duration.ZERO))).isEqualTo("24");
    }

    @Test
    void notesGoToTheBrowserAsOneJsonPropertyAndAnotherTakeClearsThem() {
        var player = new TakePlayer();
        var first = take(UUID.randomUUID(), 25, 100, Duration.ofSeconds(4));
        player.show(first);
        player.showNotes(List.of(new FrameNote("n1", 7, 3, "Ann: <b>here</b>", null),
                new FrameNote("n2", 99, 0, "Bo: 看这里",
                        "{\"strokes\":[{\"tool\":\"point\",\"color\":\"#1c7ed6\",\"points\":[[0.5,0.25]]}]}")));
        assertThat(player.getElement().getProperty("notesJson")).isEqualTo("[{\"id\":\"n1\",\"frame\":7,"
                + "\"colorIndex\":3,\"label\":\"Ann: <b>here</b>\",\"drawing\":null},{\"id\":\"n2\",\"frame\":99,"
                + "\"colorIndex\":0,\"label\":\"Bo: 看这里\",\"drawing\":\"{\\\"strokes\\\":[{\\\"tool\\\":\\\"point\\\","
                + "\\\"color\\\":\\\"#1c7ed6\\\",\\\"points\\\":[[0.5,0.25]]}]}\"}]");
        player.show(first);
        assertThat(player.getElement().getProperty("notesJson")).startsWith("[{\"id\":\"n1\"");
        player.show(take(UUID.randomUUID(), 25, 100, Duration.ofSeconds(4)));
        assertThat(player.getElement().getProperty("notesJson")).isEqualTo("[]");
        assertThat(player.getElement().getAttribute("fps")).isEqualTo("25");
    }

    @Test
    void aSketchIsReadFromTheBrowsersAnswer() {
        assertThat(TakePlayer.sketchOf("{\"frame\":41,\"drawing\":\"{\\\"strokes\\\":[]}\"}"))
                .isEqualTo(new Sketch(41, "{\"strokes\":[]}"));
        assertThat(TakePlayer.sketchOf("{\"frame\":-3}")).isEqualTo(new Sketch(0, "{\"strokes\":[]}"));
    }
}
