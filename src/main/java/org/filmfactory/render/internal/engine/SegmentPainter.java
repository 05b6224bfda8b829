package org.filmfactory.render.internal.engine;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.FramePainter;
import org.filmfactory.platform.VideoFrames;
import org.filmfactory.render.ClipSource;
import org.filmfactory.render.RenderPlan;
import org.jspecify.annotations.Nullable;

/**
 * Draws the frames of one segment, in order, on the encoder's drawing thread: the title card, the clips (files decoded
 * forward, painters asked afresh for this segment, slates), their transitions, the end card and the burned subtitles.
 *
 * <p>Transitions follow {@link Transition} and {@code CutSnapshot.starts()}: a crossfading clip starts
 * {@code transitionFrames} before the one before it ends and is drawn over it with an opacity rising from
 * {@code 1/(n+1)} to {@code n/(n+1)} across the overlap (the first clip crossfades over the title card, or black); a
 * dip to black darkens the last {@code n/2} frames of the clip before (or the title card) and the first
 * {@code n - n/2} of the clip itself. Anything the painters need that is not a frame (cards, slates, subtitles) is
 * drawn once into images and copied; sources are opened on first use and closed with {@link #close()}.
 */
final class SegmentPainter implements FramePainter, AutoCloseable {

    private final RenderPlan plan;
    private final Segment segment;
    private final FilmPictures pictures;
    private final int width;
    private final int height;
    private final List<Integer> clips = new ArrayList<>();
    private final Map<Integer, VideoFrames> readers = new HashMap<>();
    private final Map<Integer, FramePainter> painters = new HashMap<>();
    private final Map<Integer, BufferedImage> layers = new HashMap<>();

    SegmentPainter(RenderPlan plan, Segment segment, FilmPictures pictures) {
        this.plan = plan;
        this.segment = segment;
        this.pictures = pictures;
        this.width = plan.preset().width();
        this.height = plan.preset().height();
        for (var i = 0; i < plan.clips().size(); i++) {
            var clip = plan.clips().get(i);
            if (Segment.overlaps(clip.start(), clip.start() + clip.frames(), segment.from(), segment.to())) {
                clips.add(i);
            }
        }
    }

    @Override
    public void paint(Graphics2D g, int frameOfSegment) {
        var frame = segment.from() + frameOfSegment;
        var title = plan.title();
        var all = plan.clips();
        // the encoder hands over a frame cleared to black: it is cleared again only when something was drawn on it
        var drawn = false;
        if (title.shown() && frame < title.frames()) {
            drawn = true;
            g.drawImage(pictures.title(), 0, 0, null);
            if (!all.isEmpty() && all.getFirst().transition() == Transition.DIP_TO_BLACK) {
                var out = all.getFirst().transitionFrames() / 2;
                darken(g, fadingOut(title.frames() - frame, out));
            }
        }
        for (var index : clips) {
            var clip = all.get(index);
            var into = frame - clip.start();
            if (into < 0 || into >= clip.frames()) {
                continue;
            }
            var opacity = 1f;
            if (clip.transition() == Transition.CROSSFADE && into < clip.transitionFrames()) {
                opacity = (into + 1f) / (clip.transitionFrames() + 1f);
                if (index == 0 && title.shown()) {
                    g.drawImage(pictures.title(), 0, 0, null);
                } else if (index == 0 && drawn) {
                    clear(g);
                }
            } else if (drawn) {
                clear(g);
            }
            drawn = true;
            drawClip(g, index, clip, clip.inFrame() + into, opacity);
            var light = 1f;
            if (clip.transition() == Transition.DIP_TO_BLACK) {
                var in = clip.transitionFrames() - clip.transitionFrames() / 2;
                light = fadingIn(into, in);
            }
            if (index + 1 < all.size() && all.get(index + 1).transition() == Transition.DIP_TO_BLACK) {
                var out = all.get(index + 1).transitionFrames() / 2;
                light = Math.min(light, fadingOut(clip.frames() - into, out));
            }
            darken(g, light);
        }
        var end = plan.end();
        if (end.shown() && frame >= plan.endStart() && frame < plan.endStart() + end.frames()) {
            g.drawImage(pictures.end(), 0, 0, null);
        }
        if (plan.burnSubtitles()) {
            var overlay = pictures.subtitleAt(frame);
            if (overlay != null) {
                g.drawImage(overlay.image(), overlay.x(), overlay.y(), null);
            }
        }
    }

    private void drawClip(Graphics2D g, int index, RenderPlan.Clip clip, int sourceFrame, float opacity) {
        var saved = g.getComposite();
        try {
            switch (clip.source()) {
                case ClipSource.VideoFile file -> {
                    var image = frameOf(index, clip, file, sourceFrame);
                    g.setComposite(opacity(saved, opacity));
                    g.drawImage(image, (width - image.getWidth()) / 2, (height - image.getHeight()) / 2, null);
                }
                case ClipSource.Painted painted -> paint(g, index, painted, sourceFrame, opacity, saved);
                case ClipSource.Slate slate -> {
                    g.setComposite(opacity(saved, opacity));
                    g.drawImage(pictures.slate(slate.text()), 0, 0, null);
                }
            }
        } finally {
            g.setComposite(saved);
        }
    }

    private BufferedImage frameOf(int index, RenderPlan.Clip clip, ClipSource.VideoFile file, int sourceFrame) {
        var micros = sourceFrame * 1_000_000L / plan.preset().fps();
        try {
            var reader = readers.get(index);
            if (reader == null) {
                reader = VideoFrames.open(file.file(), width, height, micros);
                readers.put(index, reader);
            }
            return reader.at(micros);
        } catch (IOException e) {
            throw new ClipBroken(clip.label(), e);
        }
    }

    private void paint(Graphics2D g, int index, ClipSource.Painted painted, int sourceFrame, float opacity,
            Composite saved) {
        var painter = painters.computeIfAbsent(index, i -> painted.painter().get());
        if (opacity >= 1f && painted.width() == width && painted.height() == height) {
            var own = (Graphics2D) g.create();
            try {
                painter.paint(own, sourceFrame);
            } finally {
                own.dispose();
            }
            return;
        }
        var layer = layers.computeIfAbsent(index,
                i -> new BufferedImage(painted.width(), painted.height(), BufferedImage.TYPE_INT_RGB));
        var own = layer.createGraphics();
        try {
            own.setBackground(Color.BLACK);
            own.clearRect(0, 0, layer.getWidth(), layer.getHeight());
            own.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            own.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            painter.paint(own, sourceFrame);
        } finally {
            own.dispose();
        }
        var scale = Math.min((double) width / painted.width(), (double) height / painted.height());
        var w = (int) Math.round(painted.width() * scale);
        var h = (int) Math.round(painted.height() * scale);
        g.setComposite(opacity(saved, opacity));
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(layer, (width - w) / 2, (height - h) / 2, w, h, null);
    }

    private void clear(Graphics2D g) {
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width, height);
    }

    private void darken(Graphics2D g, float light) {
        if (light >= 1f) {
            return;
        }
        var saved = g.getComposite();
        g.setComposite(AlphaComposite.SrcOver.derive(1f - light));
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width, height);
        g.setComposite(saved);
    }

    /** The light of the {@code into}-th (0-based) frame of a fade in over {@code frames} frames. */
    static float fadingIn(int into, int frames) {
        return into >= frames ? 1f : (into + 1f) / (frames + 1f);
    }

    /** The light of a frame {@code left} frames before the end (1 = the last) of a fade out over {@code frames}. */
    static float fadingOut(int left, int frames) {
        return left > frames ? 1f : left / (frames + 1f);
    }

    private static Composite opacity(Composite saved, float opacity) {
        return opacity >= 1f ? saved : AlphaComposite.SrcOver.derive(opacity);
    }

    @Override
    public void close() {
        readers.values().forEach(VideoFrames::close);
        readers.clear();
    }

    /** A clip's file failed to decode while drawing: the render fails naming the clip. */
    static final class ClipBroken extends RuntimeException {

        private final String label;

        ClipBroken(String label, @Nullable Throwable cause) {
            super("clip " + label + " cannot be decoded", cause);
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
