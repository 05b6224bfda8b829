package org.filmfactory.render;

/** Where films go. Each platform's published limits are in {@code Preflight}'s table, with their sources. */
public enum PlatformTarget {
    DOUYIN,
    TIKTOK,
    YOUTUBE_SHORTS,
    INSTAGRAM_REELS
}
