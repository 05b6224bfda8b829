package org.filmfactory.render.internal.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.TitlePageEntry;
import org.filmfactory.render.PlatformTarget;

/**
 * A film's words for one platform, from the script's title page and the project:
 * <ul>
 * <li>title: the title page's {@code Title:} ({@code 标题:}), else the project's name;</li>
 * <li>description: the title page's {@code Logline:}, {@code Synopsis:}, {@code Description:} ({@code 梗概:},
 *     {@code 简介:}), else the project's logline;</li>
 * <li>hashtags, in this order and without repeats (letters of any script, digits and {@code _} kept; everything
 *     else dropped): {@code Shorts} on YouTube, the title, each {@code Genre:} ({@code 类型:}, {@code 题材:}), each
 *     {@code Hashtags:}/{@code Tags:} ({@code 标签:}, {@code 话题:}) entry, then the film's kind in its language
 *     ({@code shortfilm}, {@code 短片}) — as many as the platform takes;</li>
 * <li>caption: title (except on YouTube, whose title is its own field), description and hashtags on their own
 *     lines; when it is too long the description is shortened first (ending in "…"), then the title.</li>
 * </ul>
 * Lengths are in code points, so Chinese text is counted and cut by characters, never split inside one.
 *
 * @param title the title
 * @param description the description
 * @param hashtags without {@code #}
 * @param caption the caption
 */
public record PublishingText(String title, String description, List<String> hashtags, String caption) {

    private static final Set<String> DESCRIPTION_KEYS = Set.of("logline", "synopsis", "description", "梗概", "简介",
            "故事梗概");
    private static final Set<String> GENRE_KEYS = Set.of("genre", "genres", "类型", "题材");
    private static final Set<String> TAG_KEYS = Set.of("hashtags", "tags", "标签", "话题");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；\\s]+");
    private static final Pattern NOT_IN_TAG = Pattern.compile("[^\\p{L}\\p{N}\\p{M}_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int LONGEST_TAG = 40;
    private static final String ELLIPSIS = "…";

    public PublishingText {
        hashtags = List.copyOf(hashtags);
    }

    /**
     * The words for {@code platform}.
     *
     * @param script the script as read in the project's dialect
     * @param projectName the project's name, the title when the title page has none
     * @param logline the project's logline, the description when the title page has none (may be empty)
     * @param language the project's language
     */
    public static PublishingText of(ParsedScript script, String projectName, String logline, Locale language,
            PlatformTarget platform, PlatformPublishing limits) {
        var written = script.title() == null ? "" : oneLine(script.title());
        var title = cut(written.isEmpty() ? oneLine(projectName) : written, limits.titleMax());
        var fromTitlePage = values(script, DESCRIPTION_KEYS);
        var description = fromTitlePage.isEmpty() ? logline.strip() : String.join("\n", fromTitlePage);

        var tags = new LinkedHashMap<String, String>();
        if (platform == PlatformTarget.YOUTUBE_SHORTS) {
            add(tags, "Shorts");
        }
        add(tags, title);
        for (var genre : values(script, GENRE_KEYS)) {
            TAG_SEPARATORS.splitAsStream(genre).forEach(tag -> add(tags, tag));
        }
        for (var given : values(script, TAG_KEYS)) {
            TAG_SEPARATORS.splitAsStream(given).forEach(tag -> add(tags, tag));
        }
        add(tags, "zh".equals(language.getLanguage()) ? "短片" : "shortfilm");
        var hashtags = tags.values().stream().limit(limits.hashtagsMax()).toList();

        var tagLine = String.join(" ", hashtags.stream().map(tag -> "#" + tag).toList());
        boolean titleInCaption = platform != PlatformTarget.YOUTUBE_SHORTS;
        var captionTitle = titleInCaption ? title : "";
        int room = limits.captionMax() - length(tagLine) - length(captionTitle)
                - (captionTitle.isEmpty() ? 0 : 1) - (tagLine.isEmpty() ? 0 : 1);
        var captionDescription = cut(description, Math.max(0, room));
        if (room < 0) {
            // Even without a description the title and hashtags do not fit: shorten the title in the caption.
            captionDescription = "";
            captionTitle = cut(captionTitle, Math.max(0, length(captionTitle) + room));
        }
        var lines = new ArrayList<String>();
        for (var part : List.of(captionTitle, captionDescription, tagLine)) {
            if (!part.isEmpty()) {
                lines.add(part);
            }
        }
        var caption = cut(String.join("\n", lines), limits.captionMax());
        return new PublishingText(title, cut(description, limits.captionMax()), hashtags, caption);
    }

    /** The printed values of the title page entries with one of {@code keys} (any case), in order. */
    private static List<String> values(ParsedScript script, Set<String> keys) {
        var values = new ArrayList<String>();
        for (TitlePageEntry entry : script.titlePage()) {
            if (keys.contains(entry.key().strip().toLowerCase(Locale.ROOT))) {
                var value = TextRun.plainText(entry.runs()).strip();
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** Adds {@code text} as a hashtag when anything of it is left, unless one equal but for case is there. */
    private static void add(LinkedHashMap<String, String> tags, String text) {
        var tag = NOT_IN_TAG.matcher(text.strip().replaceFirst("^#+", "")).replaceAll("");
        tag = cut(tag, LONGEST_TAG).replace(ELLIPSIS, "");
        if (!tag.isEmpty()) {
            tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
    }

    private static String oneLine(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** At most {@code max} code points; a shortened text ends in "…" (counted). */
    static String cut(String text, int max) {
        if (length(text) <= max) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
