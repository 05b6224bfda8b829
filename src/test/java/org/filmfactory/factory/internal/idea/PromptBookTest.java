package org.filmfactory.factory.internal.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.filmfactory.factory.Idea;
import org.filmfactory.factory.PromptTemplates;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;
import org.junit.jupiter.api.Test;

class PromptBookTest {

    @Test
    void fillsPlaceholdersOnceAndLeavesUnknownOnes() {
        var idea = new Idea("A thief steals {seconds} from a clock.", ScriptLanguage.ZH, Duration.ofSeconds(90), "",
                PlatformTarget.DOUYIN);
        var messages = PromptBook.messages(new PromptTemplates("In {language}.", "{logline} | {seconds} s, {scenes}"
                + " scenes, {words} characters, {tone}, {platform}, {unknown}", true), idea);

        assertThat(messages).containsExactly(new ChatBackend.Message("system", "In 简体中文."),
                new ChatBackend.Message("user", "A thief steals {seconds} from a clock. | 90 s, 4 scenes, 270"
                        + " characters, 不限, 抖音, {unknown}"));
    }

    @Test
    void defaultsNameEveryPlaceholderOfTheIdea() {
        for (var language : ScriptLanguage.values()) {
            var defaults = PromptBook.defaults(language);
            assertThat(defaults.edited()).isFalse();
            assertThat(defaults.user()).contains("{logline}", "{seconds}", "{tone}", "{platform}", "{scenes}",
                    "{words}");
        }
    }
}
