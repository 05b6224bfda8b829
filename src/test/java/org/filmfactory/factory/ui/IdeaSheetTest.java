package org.filmfactory.factory.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.filmfactory.factory.Idea;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;
import org.junit.jupiter.api.Test;

class IdeaSheetTest {

    @Test
    void readsIdeasSkippingTheHeaderWithQuotedCommas() {
        var ideas = IdeaSheet.read("""
                logline,language,seconds,tone,platform
                "A lost key, a found door",EN,45,dry comedy,TIKTOK
                丢失的钥匙,zh,30,"悬疑",youtube-shorts
                """);
        assertThat(ideas).containsExactly(
                new Idea("A lost key, a found door", ScriptLanguage.EN, Duration.ofSeconds(45), "dry comedy",
                        PlatformTarget.TIKTOK),
                new Idea("丢失的钥匙", ScriptLanguage.ZH, Duration.ofSeconds(30), "悬疑",
                        PlatformTarget.YOUTUBE_SHORTS));
    }

    @Test
    void aBadLineIsNamedWithWhatIsWrong() {
        var sheet = "logline,language,seconds,tone,platform\nA key,EN,45,comedy,TIKTOK\n";
        assertRefused(sheet + "A door,EN,9,comedy,TIKTOK\n", "factory.line.csv.seconds", 3, "9");
        assertRefused(sheet + "A door,FR,45,comedy,TIKTOK\n", "factory.line.csv.language", 3, "FR");
        assertRefused(sheet + "A door,EN,45,comedy\n", "factory.line.csv.columns", 3, 4);
        assertRefused(sheet + "A door,EN,45,comedy,MYSPACE\n", "factory.line.csv.platform", 3, "MYSPACE");
        assertRefused(sheet + "\"A door,EN,45,comedy,TIKTOK\n", "factory.line.csv.quote", 3);
        assertRefused(sheet + " ,EN,45,comedy,TIKTOK\n", "factory.line.csv.logline", 3);
    }

    private static void assertRefused(String sheet, String key, Object... arguments) {
        assertThatExceptionOfType(IdeaSheet.Refused.class).isThrownBy(() -> IdeaSheet.read(sheet))
                .satisfies(e -> assertThat(List.of(e.messageKey(), Arrays.asList(e.arguments())))
                        .containsExactly(key, List.of(arguments)));
    }
}
