package org.filmfactory.render.internal.engine;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.filmfactory.render.RenderPlan;
import org.jspecify.annotations.Nullable;

/**
 * The pictures of one render drawn once and copied into every frame that shows them: the cards, the slates and each
 * cue's subtitle. Used by one segment's drawing thread at a time (segments are drawn one after another); a cue's image
 * is dropped once the film has passed it, so memory stays small however long the film.
 */
final class FilmPictures {

    private final RenderPlan plan;
    private final TextPictures text;
    private final Map<String, BufferedImage> slates = new HashMap<>();
    private final Map<Integer, TextPictures.Overlay> subtitles = new HashMap<>();
    private @Nullable BufferedImage title;
    private @Nullable BufferedImage end;
    private int cue;
    private int lastFrame;

    FilmPictures(RenderPlan plan) {
        this.plan = plan;
        this.text = new TextPictures(plan.preset());
    }

    BufferedImage title() {
        if (title == null) {
            title = text.card(plan.title());
        }
        return title;
    }

    BufferedImage end() {
        if (end == null) {
            end = text.card(plan.end());
        }
        return end;
    }

    BufferedImage slate(String words) {
        if (slates.size() > 8 && !slates.containsKey(words)) {
            slates.clear();
        }
        return slates.computeIfAbsent(words, text::slate);
    }

    /** The subtitle shown on {@code frame}, or null. Frames are asked for in increasing order within a segment. */
    TextPictures.@Nullable Overlay subtitleAt(int frame) {
        var cues = plan.cues();
        if (frame < lastFrame) {
            // a segment drawn again (a retry) starts before where the last one stopped looking
            cue = 0;
        }
        lastFrame = frame;
        while (cue < cues.size() && cues.get(cue).end() <= frame) {
            subtitles.remove(cue);
            cue++;
        }
        for (var i = cue; i < cues.size() && cues.get(i).start() <= frame; i++) {
            var shown = cues.get(i);
            if (frame < shown.end() && !shown.text().isBlank()) {
                return subtitles.computeIfAbsent(i, at -> text.subtitle(shown.text()));
            }
        }
        return null;
    }

    TextPictures text() {
        return text;
    }
}
