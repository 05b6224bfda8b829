package org.filmfactory.render.internal.publish;

import java.util.EnumMap;
import java.util.Map;
import org.filmfactory.render.PlatformTarget;

/**
 * What one platform takes beside the video: the cover's size and the text fields' lengths, in characters (code
 * points, so a Chinese character counts one).
 *
 * @param coverWidth the cover picture's width
 * @param coverHeight the cover picture's height
 * @param titleMax the longest title (where the platform has no title of its own, the title opens the caption)
 * @param captionMax the longest caption or description, hashtags included
 * @param hashtagsMax how many hashtags we add (the platform's limit, or fewer where more are ignored)
 */
public record PlatformPublishing(int coverWidth, int coverHeight, int titleMax, int captionMax, int hashtagsMax) {

    /**
     * The platforms' published figures (checked 2026-12; each says where it comes from and how sure it is).
     * <ul>
     * <li>Douyin: 抖音创作者中心 "发布视频" — vertical cover 3:4 (竖封面, 1080×1440 recommended), 作品标题 up to 30
     *     characters, 作品描述 up to 1000 characters (uncertain: the app shows other figures to some accounts). We add
     *     at most 5 hashtags (our choice; none published).</li>
     * <li>TikTok: Content Posting API "Direct Post" — {@code post_info.title} (the caption) up to 2200 UTF-16 units; the
     *     cover is a frame of the video (9:16, 1080×1920). At most 5 hashtags (our choice; TikTok publishes none).</li>
     * <li>YouTube Shorts: YouTube Help "Add video details" — title up to 100 characters, description up to 5000; the
     *     first three hashtags show above the title and a video with more than 60 loses them all, so we add 3
     *     ({@code #Shorts} among them). Thumbnail: a frame of the Short, 9:16.</li>
     * <li>Instagram Reels: Instagram Help — caption up to 2200 characters; cover 1080×1920 (the profile grid shows its
     *     middle 3:4); at most 5 hashtags since December 2025 (before: 30).</li>
     * </ul>
     */
    public static final Map<PlatformTarget, PlatformPublishing> PUBLISHED = published();

    private static Map<PlatformTarget, PlatformPublishing> published() {
        var table = new EnumMap<PlatformTarget, PlatformPublishing>(PlatformTarget.class);
        table.put(PlatformTarget.DOUYIN, new PlatformPublishing(1080, 1440, 30, 1000, 5));
        table.put(PlatformTarget.TIKTOK, new PlatformPublishing(1080, 1920, 2200, 2200, 5));
        table.put(PlatformTarget.YOUTUBE_SHORTS, new PlatformPublishing(1080, 1920, 100, 5000, 3));
        table.put(PlatformTarget.INSTAGRAM_REELS, new PlatformPublishing(1080, 1920, 2200, 2200, 5));
        return Map.copyOf(table);
    }
}
