package org.filmfactory.factory.internal.idea;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmfactory.factory.Idea;
import org.filmfactory.factory.PromptTemplates;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;

/**
 * The studio's default prompt templates ({@code factory/idea/<language>.system.txt} and {@code .user.txt}) and the
 * filling of any template with an idea. Placeholders are replaced in one pass, so a logline that contains
 * {@code {seconds}} stays as written; unknown placeholders stay too.
 */
public final class PromptBook {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private PromptBook() {
    }

    /** The studio's templates for a screenplay in {@code language}. */
    public static PromptTemplates defaults(ScriptLanguage language) {
        var base = "factory/idea/" + language.name().toLowerCase(Locale.ROOT);
        return new PromptTemplates(resource(base + ".system.txt"), resource(base + ".user.txt"), false);
    }

    /** The system and user messages for {@code idea}. */
    public static List<ChatBackend.Message> messages(PromptTemplates templates, Idea idea) {
        var values = values(idea);
        return List.of(new ChatBackend.Message("system", fill(templates.system(), values)),
                new ChatBackend.Message("user", fill(templates.user(), values)));
    }

    static Map<String, String> values(Idea idea) {
        long seconds = idea.length().toSeconds();
        boolean chinese = idea.language() == ScriptLanguage.ZH;
        var tone = idea.tone().strip();
        return Map.of(
                "logline", idea.logline().strip(),
                "seconds", Long.toString(seconds),
                "tone", tone.isEmpty() ? (chinese ? "不限" : "your choice") : tone,
                "platform", platform(idea.platform(), chinese),
                "language", chinese ? "简体中文" : "English",
                "scenes", Long.toString(Math.clamp(Math.round(seconds / 25.0), 1, 6)),
                // Screen time per word (breakdown rules): about 0.5 s an English word, 0.3 s a Chinese character,
                // with the headings' and paragraphs' own seconds taken off.
                "words", Long.toString(Math.round(seconds * (chinese ? 3.0 : 2.0))));
    }

    static String platform(PlatformTarget platform, boolean chinese) {
        return switch (platform) {
            case DOUYIN -> chinese ? "抖音" : "Douyin";
            case TIKTOK -> "TikTok";
            case YOUTUBE_SHORTS -> "YouTube Shorts";
            case INSTAGRAM_REELS -> "Instagram Reels";
        };
    }

    static String fill(String template, Map<String, String> values) {
        var matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        try (var in = PromptBook.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("prompt template missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
