package org.filmfactory.render;

import java.util.List;

/**
 * What a publishing package says about its film for one platform.
 *
 * @param film the film
 * @param platform where it goes
 * @param title from the title page ({@code Title:}, {@code 标题:}), else the project's name; within the platform's
 *     title limit
 * @param description from the title page ({@code Logline:}, {@code 梗概:}, …), else the project's logline
 * @param hashtags without {@code #}, in order, at most the platform's number
 * @param caption what to paste into the platform's caption (or, for YouTube, description) field, within its limit
 * @param coverWidth the cover's width in pixels
 * @param coverHeight the cover's height in pixels
 * @param verdict {@code fine}, {@code warned} or {@code refused}
 * @param findings what preflight said of the film for this platform
 */
public record PublishingPackage(FilmId film, PlatformTarget platform, String title, String description,
        List<String> hashtags, String caption, int coverWidth, int coverHeight, String verdict,
        List<PreflightFinding> findings) {

    public PublishingPackage {
        hashtags = List.copyOf(hashtags);
        findings = List.copyOf(findings);
    }

    /** The verdict of a platform's findings: refused when one blocks, warned when there are others, else fine. */
    public static String verdictOf(List<PreflightFinding> findings) {
        return findings.stream().anyMatch(PreflightFinding::blocking) ? "refused"
                : findings.isEmpty() ? "fine" : "warned";
    }
}
