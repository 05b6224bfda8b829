package org.filmfactory.render.internal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.render.PlatformTarget;
import org.junit.jupiter.api.Test;

/** The words of a publishing package from a hand-written title page, within each platform's limits. */
class PublishingTextTest {

    static final String LOGLINE = "A night clerk must deliver one last letter before the harbour floods.";

    static ParsedScript titlePage() throws IOException {
        try (InputStream in = PublishingTextTest.class.getResourceAsStream("/render/publish/title-page.fountain")) {
            return FountainReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static PublishingText text(ParsedScript script, PlatformTarget platform) {
        return PublishingText.of(script, "Rain City", "The project's own logline.", Locale.ENGLISH, platform,
                PlatformPublishing.PUBLISHED.get(platform));
    }

    @Test
    void titleDescriptionAndHashtagsComeFromTheTitlePage() throws IOException {
        var tiktok = text(titlePage(), PlatformTarget.TIKTOK);

        assertThat(tiktok.title()).isEqualTo("雨城");
        assertThat(tiktok.description()).isEqualTo(LOGLINE);
        assertThat(tiktok.hashtags()).containsExactly("雨城", "Drama", "Mystery", "rain", "港口");
        assertThat(tiktok.caption()).isEqualTo("雨城\n" + LOGLINE + "\n#雨城 #Drama #Mystery #rain #港口");
    }

    @Test
    void youTubeGetsShortsAmongItsThreeHashtagsAndTheTitleApart() throws IOException {
        var shorts = text(titlePage(), PlatformTarget.YOUTUBE_SHORTS);

        assertThat(shorts.title()).isEqualTo("雨城");
        assertThat(shorts.hashtags()).containsExactly("Shorts", "雨城", "Drama");
        assertThat(shorts.caption()).isEqualTo(LOGLINE + "\n#Shorts #雨城 #Drama");
    }

    @Test
    void withoutATitlePageTheProjectGivesTitleAndDescription() {
        var script = FountainReader.read("INT. KITCHEN - NIGHT\n\nMaya pours tea.\n");

        var reels = text(script, PlatformTarget.INSTAGRAM_REELS);

        assertThat(reels.title()).isEqualTo("Rain City");
        assertThat(reels.description()).isEqualTo("The project's own logline.");
        assertThat(reels.hashtags()).containsExactly("RainCity", "shortfilm");
        assertThat(reels.caption()).isEqualTo("Rain City\nThe project's own logline.\n#RainCity #shortfilm");
    }

    @Test
    void aChineseScriptIsCutByCharactersToDouyinsLimits() {
        var title = "雨".repeat(40);
        var logline = "港口".repeat(600);
        var script = FountainReader.read("标题: " + title + "\n梗概: " + logline + "\n类型: 悬疑\n\n内景 邮局 - 夜\n\n"
                + "老人锁上抽屉。\n", Dialect.CHINESE);

        var douyin = PublishingText.of(script, "雨城", "", Locale.SIMPLIFIED_CHINESE, PlatformTarget.DOUYIN,
                PlatformPublishing.PUBLISHED.get(PlatformTarget.DOUYIN));

        assertThat(douyin.title()).isEqualTo("雨".repeat(29) + "…");
        assertThat(douyin.hashtags()).containsExactly("雨".repeat(29), "悬疑", "短片");
        assertThat(douyin.caption().codePointCount(0, douyin.caption().length())).isEqualTo(1000);
        assertThat(douyin.caption()).startsWith(douyin.title() + "\n港口港口")
                .endsWith("…\n#" + "雨".repeat(29) + " #悬疑 #短片");
    }

    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        var text = "🎬".repeat(5);

        assertThat(PublishingText.cut(text, 3)).isEqualTo("🎬🎬…");
        assertThat(PublishingText.cut(text, 5)).isEqualTo(text);
    }
}
