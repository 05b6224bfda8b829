package org.filmfactory.take.internal.animatic;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Rectangle;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.FramePainter;
import org.filmfactory.platform.StudioFont;
import org.filmfactory.take.ShotBrief;
import org.jspecify.annotations.Nullable;

/**
 * Paints the frames of one animatic shot. Everything that does not change over the shot (the set, the figures, the
 * caption, the slate) is painted once into layers when the painter is made; a frame is then the layers seen through
 * the moving camera, the speaking mouth and blinking eyes on top, and the timecode (with a still camera, the layers
 * are composed only once; see {@link #paint}). Deterministic: the brief and its seed decide every pixel; no clock, no
 * unseeded randomness. One painter paints one shot, from one thread at a time.
 */
public final class AnimaticPainter implements FramePainter {

    private final ShotBrief brief;
    private final int width;
    private final int height;
    private final int fps;
    private final int frames;
    private final double unit;
    private final double marginX;
    private final double marginY;
    private final Light light;
    private final Words words;
    private final long seed;
    private final BufferedImage background;
    private final @Nullable BufferedImage foreground;
    private final BufferedImage overlay;
    private final List<Figures.Face> faces = new ArrayList<>();
    private final CameraPath camera;
    private final double[] rhythm = new double[6];
    private final List<Rectangle> overlayTiles;
    private @Nullable BufferedImage still;
    private @Nullable GraphicsConfiguration stillConfig;

    public AnimaticPainter(ShotBrief brief) {
        this.brief = brief;
        var format = brief.format();
        this.width = format.width();
        this.height = format.height();
        this.fps = format.fps();
        this.frames = frameCount(brief);
        this.unit = Math.min(width, height) / 1080.0;
        int stageWidth = (int) Math.round(width * CameraPath.STAGE);
        int stageHeight = (int) Math.round(height * CameraPath.STAGE);
        this.marginX = (stageWidth - width) / 2.0;
        this.marginY = (stageHeight - height) / 2.0;
        this.light = Light.of(brief.setting(), brief.timeOfDay());
        this.words = new Words(brief.language());
        this.seed = brief.seed() * 0x9e3779b97f4a7c15L + brief.sceneNumber() * 1000L + brief.shotNumber();
        var random = new SplittableRandom(seed);
        for (int i = 0; i < rhythm.length; i++) {
            rhythm[i] = random.nextDouble();
        }
        this.background = new BufferedImage(stageWidth, stageHeight, BufferedImage.TYPE_INT_RGB);
        paintSet(background);
        var focus = new Point2D.Double(stageWidth / 2.0, stageHeight * 0.42);
        var path = new CameraPath(brief.move(), seed, width, height, focus.x, focus.y);
        BufferedImage figures = background;
        if (path.layered()) {
            figures = new BufferedImage(stageWidth, stageHeight, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        this.foreground = figures == background ? null : figures;
        var g = graphics(figures);
        g.translate(marginX, marginY);
        var speakerFace = paintFigures(g);
        g.dispose();
        if (speakerFace != null) {
            focus = new Point2D.Double(speakerFace.mouthX(), speakerFace.eyeY());
        }
        this.camera = new CameraPath(brief.move(), seed, width, height, focus.x, focus.y);
        this.overlay = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        paintOverlay(overlay);
        this.overlayTiles = opaqueTiles(overlay);
    }

    /** The number of frames of the brief's duration at its frame rate, at least one. */
    public static int frameCount(ShotBrief brief) {
        return (int) Math.max(1, Math.round(brief.duration().toMillis() * brief.format().fps() / 1000.0));
    }

    public int frameCount() {
        return frames;
    }

    /**
     * Paints frame {@code frame} (from 0) over the whole of {@code g}'s {@code width × height} picture.
     *
     * <p>With a still camera every frame is the same picture but for the speaking mouths, the blinking eyes and the
     * timecode: that picture is composed once (the first time, in the target's own pixel format) and copied, and only
     * the few pixels around a moving mouth or eye are painted again, layer by layer, so the frame comes out pixel for
     * pixel as if it had been painted whole. A moving camera paints every layer every frame.
     */
    @Override
    public void paint(Graphics2D g, int frame) {
        if (camera.still() && g.getTransform().isIdentity() && g.getClip() == null) {
            paintStill(g, frame);
        } else {
            paintMoving(g, frame);
        }
    }

    /** Every layer of the frame painted in turn: the set, the figures, the moving faces, the overlay, the timecode. */
    private void paintMoving(Graphics2D g, int frame) {
        var saved = g.getTransform();
        var hints = g.getRenderingHints();
        double seconds = frame / (double) fps;
        var view = view(frame);
        layers(g, view, frame, seconds, true);
        g.setTransform(saved);
        timecode(g, frame);
        g.setRenderingHints(hints);
    }

    private void paintStill(Graphics2D g, int frame) {
        var hints = g.getRenderingHints();
        var config = g.getDeviceConfiguration();
        if (still == null || stillConfig != config) {
            var image = config.createCompatibleImage(width, height);
            var s = image.createGraphics();
            s.setRenderingHints(hints);
            layers(s, view(0), 0, 0, false);
            s.dispose();
            still = image;
            stillConfig = config;
        }
        g.setComposite(AlphaComposite.Src);
        g.drawImage(still, 0, 0, null);
        g.setComposite(AlphaComposite.SrcOver);
        double seconds = frame / (double) fps;
        var view = view(frame);
        var moving = moving(frame);
        if (moving != null) {
            // A margin of whole pixels for the antialiased edges; inside it every layer is painted again as usual.
            int left = Math.max(0, (int) Math.floor(moving.getMinX()) - 2);
            int top = Math.max(0, (int) Math.floor(moving.getMinY()) - 2);
            int right = Math.min(width, (int) Math.ceil(moving.getMaxX()) + 2);
            int bottom = Math.min(height, (int) Math.ceil(moving.getMaxY()) + 2);
            if (right > left && bottom > top) {
                g.setClip(left, top, right - left, bottom - top);
                layers(g, view, frame, seconds, true);
                g.setClip(null);
            }
        }
        timecode(g, frame);
        g.setRenderingHints(hints);
    }

    /** Where this frame's mouths and eyes move, in the frame's pixels; null when nothing moves. */
    @Nullable Rectangle2D moving(int frame) {
        double seconds = frame / (double) fps;
        var front = view(frame).transform(width, height);
        @Nullable Rectangle2D moving = null;
        for (int i = 0; i < faces.size(); i++) {
            var bounds = new Rectangle2D.@Nullable Double[1];
            animateFace(null, bounds, faces.get(i), i, frame, seconds);
            if (bounds[0] != null) {
                var box = front.createTransformedShape(bounds[0]).getBounds2D();
                if (moving == null) {
                    moving = box;
                } else {
                    moving.add(box);
                }
            }
        }
        return moving;
    }

    /** How the camera sees the stage at this frame. */
    CameraPath.Camera view(int frame) {
        double progress = frames > 1 ? frame / (double) (frames - 1) : 0;
        return camera.at(progress, frame / (double) fps);
    }

    /**
     * Black, the set, the figures, the moving faces when {@code withFaces} says so, and the overlay, as seen by
     * {@code view}. Leaves the composite at SrcOver and antialiasing on.
     */
    private void layers(Graphics2D g, CameraPath.Camera view, int frame, double seconds, boolean withFaces) {
        var saved = g.getTransform();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        var set = camera.parallax(view).transform(width, height);
        if (!covers(set)) {
            // Whole pixels, so no antialiasing is needed (it would only make the fill slower).
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setComposite(AlphaComposite.Src);
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, width, height);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setComposite(AlphaComposite.SrcOver);
        var front = view.transform(width, height);
        g.drawImage(background, set, null);
        if (foreground != null) {
            g.drawImage(foreground, front, null);
        }
        if (withFaces) {
            g.transform(front);
            for (int i = 0; i < faces.size(); i++) {
                animateFace(g, null, faces.get(i), i, frame, seconds);
            }
        }
        g.setTransform(saved);
        // Only the parts of the overlay that cover something: most of it is clear.
        for (var tile : overlayTiles) {
            g.drawImage(overlay, tile.x, tile.y, tile.x + tile.width, tile.y + tile.height, tile.x, tile.y,
                    tile.x + tile.width, tile.y + tile.height, null);
        }
    }

    /**
     * Whether the opaque set, moved by whole pixels with {@code transform}, covers every pixel of the frame: then it
     * is copied over all that was there and the black beneath it needs no painting.
     */
    private boolean covers(AffineTransform transform) {
        if ((transform.getType() & ~AffineTransform.TYPE_TRANSLATION) != 0) {
            return false;
        }
        double x = transform.getTranslateX();
        double y = transform.getTranslateY();
        return x == Math.rint(x) && y == Math.rint(y) && x <= 0 && y <= 0 && x + background.getWidth() >= width
                && y + background.getHeight() >= height;
    }

    /** Rectangles of the overlay that hold a pixel that is not fully clear, in tiles merged along each row. */
    private static List<Rectangle> opaqueTiles(BufferedImage overlay) {
        int size = 32;
        var tiles = new ArrayList<Rectangle>();
        var raster = overlay.getRaster();
        var alpha = new int[size * size];
        for (int y = 0; y < overlay.getHeight(); y += size) {
            int h = Math.min(size, overlay.getHeight() - y);
            @Nullable Rectangle run = null;
            for (int x = 0; x < overlay.getWidth(); x += size) {
                int w = Math.min(size, overlay.getWidth() - x);
                raster.getSamples(x, y, w, h, 3, alpha);
                boolean used = false;
                for (int i = 0; i < w * h && !used; i++) {
                    used = alpha[i] != 0;
                }
                if (used && run != null && run.x + run.width == x) {
                    run.width += w;
                } else if (used) {
                    run = new Rectangle(x, y, w, h);
                    tiles.add(run);
                }
            }
        }
        return tiles;
    }

    // ---- what a frame is made of, for a drawing that composes it without any shortcut (the tests' reference)

    BufferedImage background() {
        return background;
    }

    @Nullable BufferedImage foreground() {
        return foreground;
    }

    BufferedImage overlay() {
        return overlay;
    }

    CameraPath camera() {
        return camera;
    }

    /** Paints the moving mouths and eyes of this frame, in the figures' coordinates (the camera's transform). */
    void paintFaces(Graphics2D g, int frame) {
        for (int i = 0; i < faces.size(); i++) {
            animateFace(g, null, faces.get(i), i, frame, frame / (double) fps);
        }
    }

    // ---- the set

    private void paintSet(BufferedImage target) {
        double zoom = switch (brief.type()) {
            case WIDE -> 1.0;
            case POV -> 1.4;
            case MEDIUM, TWO_SHOT -> 1.7;
            case OVER_THE_SHOULDER -> 2.0;
            case CLOSE_UP -> 2.4;
            case EXTREME_CLOSE_UP -> 3.0;
            case INSERT -> 2.6;
        };
        var g = graphics(target);
        if (zoom == 1.0) {
            g.translate(marginX, marginY);
            Sets.paint(g, light, brief.location(), width, height);
        } else {
            // Closer shots see the set larger and out of focus: painted small, then scaled up smoothly.
            double res = 0.3;
            var small = new BufferedImage((int) Math.ceil(target.getWidth() * res),
                    (int) Math.ceil(target.getHeight() * res), BufferedImage.TYPE_INT_RGB);
            var s = graphics(small);
            s.scale(res, res);
            s.translate(marginX, marginY);
            double ax = 0.5 * width;
            double ay = 0.42 * height;
            s.translate(ax, ay);
            s.scale(zoom, zoom);
            s.translate(-ax, -ay);
            Sets.paint(s, light, brief.location(), width, height);
            s.dispose();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(small, 0, 0, target.getWidth(), target.getHeight(), null);
            g.translate(marginX, marginY);
        }
        if (brief.type() == ShotType.INSERT) {
            table(g);
        }
        g.dispose();
    }

    private void table(Graphics2D g) {
        double top = 0.27 * height;
        var wood = light.lit(new Color(0x8a5a3a), 1);
        g.setPaint(new GradientPaint(0, (float) top, Light.mix(wood, Color.BLACK, 0.25), 0, (float) (1.1 * height),
                Light.mix(wood, Color.WHITE, 0.08)));
        g.fill(new Rectangle2D.Double(-width, top, 3 * width, 2 * height));
        g.setPaint(Light.mix(wood, Color.WHITE, 0.25));
        g.fill(new Rectangle2D.Double(-width, top, 3 * width, 0.006 * height));
        var random = new SplittableRandom(Look.hash(brief.location()));
        g.setStroke(new BasicStroke((float) (1.6 * unit)));
        for (int i = 0; i < 38; i++) {
            double y = top + random.nextDouble() * 0.9 * height;
            g.setPaint(Light.alpha(Light.mix(wood, Color.BLACK, 0.4), 30 + random.nextInt(50)));
            var grain = new GeneralPath();
            grain.moveTo(-0.2 * width, y);
            grain.curveTo(0.3 * width, y + random.nextGaussian() * 12 * unit, 0.7 * width,
                    y + random.nextGaussian() * 12 * unit, 1.2 * width, y + random.nextGaussian() * 6 * unit);
            g.draw(grain);
        }
        if (light.practicals()) {
            g.setPaint(new RadialGradientPaint(new Point2D.Double(0.7 * width, 0.3 * height), (float) (0.9 * width),
                    new float[] {0f, 1f}, new Color[] {Light.rgb(0xffc46b, 90), Light.rgb(0xffc46b, 0)}));
            g.fill(new Rectangle2D.Double(-width, top, 3 * width, 2 * height));
        }
    }

    // ---- figures

    private Figures.@Nullable Face paintFigures(Graphics2D g) {
        var subjects = brief.subjects().stream().limit(5).toList();
        String speaker = brief.speaker() != null && subjects.contains(brief.speaker()) ? brief.speaker() : null;
        String main = speaker != null ? speaker : subjects.isEmpty() ? null : subjects.getFirst();
        var others = subjects.stream().filter(name -> !name.equals(main)).toList();
        double w = width;
        double h = height;
        Figures.Face mainFace = null;
        var type = brief.type();
        if (type == ShotType.OVER_THE_SHOULDER && others.isEmpty()) {
            type = ShotType.CLOSE_UP;
        }
        if (type == ShotType.INSERT) {
            insert(g, main);
            return null;
        }
        if (main == null) {
            return null;
        }
        switch (type) {
            case WIDE -> {
                var everyone = new ArrayList<String>(subjects);
                int n = everyone.size();
                double spacing = Math.min(0.24, 0.8 / n);
                double k = 0.25 * h / 1000;
                int mainIndex = everyone.indexOf(main);
                double mainX = 0.5 + (mainIndex - (n - 1) / 2.0) * spacing;
                for (int i = 0; i < n; i++) {
                    var name = everyone.get(i);
                    if (name.equals(main)) {
                        continue;
                    }
                    double x = 0.5 + (i - (n - 1) / 2.0) * spacing;
                    figure(g, name, x * w, 0.69 * h, k, Math.signum(mainX - x) * 0.6, false, false, 1);
                }
                double facing = n > 1 ? Math.signum(0.5 - mainX) * 0.2 : 0;
                mainFace = figure(g, main, mainX * w, 0.715 * h, k * 1.06, facing, false, speaker != null, 1);
            }
            case MEDIUM, POV -> {
                double k = Math.min((type == ShotType.POV ? 0.4 : 0.48) * h / 520, 0.7 * w / 260);
                double top = (type == ShotType.POV ? 0.34 : 0.29) * h;
                double x = others.isEmpty() ? 0.5 : 0.6;
                if (!others.isEmpty()) {
                    figureAt(g, others.getFirst(), 0.13 * w, top + 0.04 * h, k * 0.92, 0.7, false, false, 0.85);
                }
                mainFace = figureAt(g, main, x * w, top, k, others.isEmpty() ? 0 : -0.2, false, speaker != null,
                        1);
            }
            case TWO_SHOT -> {
                double k = Math.min(0.46 * h / 520, 0.4 * w / 260);
                if (others.size() > 1) {
                    figureAt(g, others.get(1), 0.5 * w, 0.33 * h, k * 0.72, 0, false, false, 0.8);
                }
                var other = others.isEmpty() ? null : others.getFirst();
                boolean mainLeft = other == null || subjects.indexOf(main) < subjects.indexOf(other);
                double mainX = other == null ? 0.5 : mainLeft ? 0.3 : 0.7;
                if (other != null) {
                    figureAt(g, other, (1 - mainX) * w, 0.31 * h, k * 0.98, mainLeft ? -0.5 : 0.5, false, false,
                            0.95);
                }
                mainFace = figureAt(g, main, mainX * w, 0.3 * h, k, other == null ? 0 : mainLeft ? 0.4 : -0.4,
                        false, speaker != null, 1);
            }
            case CLOSE_UP -> {
                double k = Math.min(0.54 * h / 300, 1.15 * w / 260);
                mainFace = figureAt(g, main, 0.5 * w, 0.2 * h, k, others.isEmpty() ? 0 : -0.15, false,
                        speaker != null, 1);
            }
            case EXTREME_CLOSE_UP -> {
                double k = Math.min(0.5 * h / 134, 0.88 * w / 104);
                mainFace = figureAt(g, main, 0.5 * w, 0.42 * h - 67 * k, k, 0, false, speaker != null, 1);
            }
            case OVER_THE_SHOULDER -> {
                double k = Math.min(0.38 * h / 300, 0.8 * w / 260);
                mainFace = figureAt(g, main, 0.64 * w, 0.25 * h, k, -0.3, false, speaker != null, 1);
                double near = Math.min(0.62 * h / 300, 1.3 * w / 260);
                figureAt(g, others.getFirst(), 0.14 * w, 0.47 * h, near, 0.2, true, false, 0.55);
            }
            default -> {
            }
        }
        return mainFace;
    }

    private Figures.@Nullable Face figure(Graphics2D g, String name, double x, double feet, double k, double facing,
            boolean back, boolean speaking, double brightness) {
        var look = Look.of(name, brief.cast());
        double top = feet - 1000 * k * look.height();
        return figureAt(g, name, x, top, k, facing, back, speaking, brightness);
    }

    private Figures.@Nullable Face figureAt(Graphics2D g, String name, double x, double top, double k,
            double facing, boolean back, boolean speaking, double brightness) {
        var look = Look.of(name, brief.cast());
        // Inside at night the practical lamps light the people: they read brighter than the room.
        double lit = light.dark() && light.interior() ? brightness * 1.4 : brightness;
        var face = Figures.paint(g, look, new Figures.Pose(x, top, k, facing, back, speaking, speaking, lit),
                light);
        nameTag(g, look, x, Math.max(top - 46 * unit, 0.2 * height));
        if (face.visible()) {
            faces.add(face);
            return face;
        }
        return null;
    }

    private void nameTag(Graphics2D g, Look look, double x, double y) {
        var font = StudioFont.bold(30 * unit);
        var layout = new TextLayout(displayName(look.name()), font, g.getFontRenderContext());
        double pad = 14 * unit;
        double tw = layout.getAdvance() + 2 * pad;
        double th = 44 * unit;
        double left = Math.max(0.03 * width, Math.min(0.97 * width - tw, x - tw / 2));
        g.setPaint(Light.alpha(Light.mix(look.accent(), Color.BLACK, 0.25), 215));
        g.fill(new RoundRectangle2D.Double(left, y - th / 2, tw, th, th, th));
        g.setPaint(Color.WHITE);
        layout.draw(g, (float) (left + pad), (float) (y + layout.getAscent() / 2 - layout.getDescent() / 2));
    }

    private void insert(Graphics2D g, @Nullable String holder) {
        var text = (brief.description() + " " + String.join(" ", brief.lines().stream().map(ShotBrief.Line::text)
                .toList())).toLowerCase(Locale.ROOT);
        double cx = 0.5 * width;
        double cy = 0.43 * height;
        double size = 0.56 * width;
        // Shadow under the object.
        g.setPaint(Light.alpha(light.shadow(), 120));
        g.fill(new RoundRectangle2D.Double(cx - size / 2 + 14 * unit, cy - size * 0.34 + 22 * unit, size,
                size * 0.7, 20 * unit, 20 * unit));
        var saved = g.getTransform();
        g.rotate(Math.toRadians(-4), cx, cy);
        if (text.contains("phone") || text.contains("手机") || text.contains("screen") || text.contains("屏幕")) {
            double pw = size * 0.5;
            double ph = size * 1.0;
            g.setPaint(new Color(0x151518));
            g.fill(new RoundRectangle2D.Double(cx - pw / 2, cy - ph / 2, pw, ph, pw * 0.18, pw * 0.18));
            g.setPaint(new GradientPaint((float) cx, (float) (cy - ph / 2), new Color(0x5fa8ff), (float) cx,
                    (float) (cy + ph / 2), new Color(0x2a3f8f)));
            g.fill(new RoundRectangle2D.Double(cx - pw / 2 + pw * 0.06, cy - ph / 2 + pw * 0.1, pw * 0.88,
                    ph - pw * 0.2, pw * 0.08, pw * 0.08));
            g.setPaint(Light.alpha(Color.WHITE, 200));
            for (int i = 0; i < 4; i++) {
                g.fill(new RoundRectangle2D.Double(cx - pw * 0.34, cy - ph * 0.3 + i * ph * 0.14, pw * 0.6,
                        ph * 0.08, 12 * unit, 12 * unit));
            }
        } else if (text.contains("tea") || text.contains("cup") || text.contains("茶") || text.contains("杯")) {
            var porcelain = light.lit(new Color(0xf2efe6), 1);
            g.setPaint(light.lit(new Color(0x6b4a2e), 1));
            g.fill(new Ellipse2D.Double(cx - size * 0.45, cy - size * 0.12, size * 0.9, size * 0.42));
            g.setPaint(new GradientPaint((float) (cx - size * 0.3), 0, porcelain, (float) (cx + size * 0.3), 0,
                    Light.mix(porcelain, Color.BLACK, 0.3)));
            g.fill(new RoundRectangle2D.Double(cx - size * 0.26, cy - size * 0.3, size * 0.52, size * 0.42,
                    size * 0.3, size * 0.3));
            g.setPaint(light.lit(new Color(0x8a6a2a), 1));
            g.fill(new Ellipse2D.Double(cx - size * 0.24, cy - size * 0.34, size * 0.48, size * 0.1));
        } else {
            // A letter: aged paper with handwriting.
            var paper = light.lit(new Color(0xefe2bf), 1);
            double pw = size;
            double ph = size * 0.7;
            g.setPaint(new GradientPaint((float) (cx - pw / 2), (float) (cy - ph / 2), paper,
                    (float) (cx + pw / 2), (float) (cy + ph / 2), Light.mix(paper, new Color(0x9c7a3c), 0.35)));
            g.fill(new Rectangle2D.Double(cx - pw / 2, cy - ph / 2, pw, ph));
            g.setPaint(Light.alpha(new Color(0x6a5a40), 60));
            g.setStroke(new BasicStroke((float) (2 * unit)));
            g.draw(new Line2D.Double(cx - pw / 2, cy, cx + pw / 2, cy));
            var ink = Light.alpha(light.lit(new Color(0x2a2a4a), 1), 170);
            g.setPaint(ink);
            g.setStroke(new BasicStroke((float) (3 * unit), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            var random = new SplittableRandom(seed);
            for (int line = 0; line < 7; line++) {
                double y = cy - ph * 0.36 + line * ph * 0.11;
                var stroke = new GeneralPath();
                double x = cx - pw * 0.42;
                stroke.moveTo(x, y);
                double end = cx + pw * (0.2 + random.nextDouble() * 0.22);
                while (x < end) {
                    double step = pw * 0.025;
                    stroke.quadTo(x + step / 2, y - (random.nextDouble() - 0.3) * ph * 0.05, x + step, y);
                    x += step;
                }
                g.draw(stroke);
            }
        }
        g.setTransform(saved);
        // Hands holding it, from the bottom of the frame.
        var look = holder == null ? null : Look.of(holder, brief.cast());
        // The hands are in the light that falls on the object (a lamp at night).
        double lamp = light.dark() ? 1.7 : 1;
        var sleeve = Light.mix(light.lit(look == null ? new Color(0x5a6a7a) : look.coat(), 0.9 * lamp),
                light.floorNear(), 0.2);
        var skin = light.lit(look == null ? new Color(0xe0ac82) : look.skin(), lamp);
        for (int side = -1; side <= 1; side += 2) {
            double hx = cx + side * size * 0.48;
            double hy = cy + size * 0.2;
            g.setStroke(new BasicStroke((float) (0.13 * width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setPaint(new GradientPaint((float) hx, (float) hy, sleeve, (float) hx, (float) height,
                    Light.mix(sleeve, Color.BLACK, 0.35)));
            g.draw(new Line2D.Double(hx + side * 0.04 * width, 1.2 * height, hx + side * 0.02 * width,
                    hy + 0.11 * width));
            g.setPaint(new RadialGradientPaint(new Point2D.Double(hx - side * 0.02 * width, hy), (float) (0.08 * width),
                    new float[] {0f, 1f}, new Color[] {Light.mix(skin, Color.WHITE, 0.1),
                        Light.mix(skin, Color.BLACK, 0.2)}));
            g.fill(new RoundRectangle2D.Double(hx - 0.055 * width, hy - 0.04 * width, 0.11 * width, 0.15 * width,
                    0.07 * width, 0.07 * width));
            g.fill(new RoundRectangle2D.Double(hx - side * 0.06 * width - 0.03 * width, hy - 0.02 * width,
                    0.085 * width, 0.035 * width, 0.035 * width, 0.035 * width));
        }
    }

    // ---- animation on top

    /**
     * Paints the speaking mouth and the blinking eyes of {@code face} at this frame on {@code g}; or, when {@code g}
     * is null, only adds the bounds of what it would paint (in the figures' coordinates) to {@code bounds[0]}.
     */
    private void animateFace(@Nullable Graphics2D g, Rectangle2D.@Nullable Double @Nullable [] bounds,
            Figures.Face face, int index, int frame, double seconds) {
        double x = face.mouthX();
        double y = face.mouthY();
        if (face.speaking()) {
            double syllables = Math.sin(seconds * Math.PI * 2 * (4.2 + rhythm[0]) + rhythm[1] * 6.28);
            double phrase = Math.sin(seconds * Math.PI * 2 * (0.35 + rhythm[2] * 0.2) + rhythm[3] * 6.28);
            double open = phrase < -0.55 ? 0 : Math.max(0, syllables) * (0.55 + 0.45 * Math.abs(phrase));
            if (open > 0.12) {
                double mw = face.mouthWidth() * (0.75 + 0.2 * open);
                double mh = face.mouthWidth() * 0.62 * open;
                var lips = new Ellipse2D.Double(x - mw / 2 - mw * 0.08, y - mh * 0.35 - mw * 0.06, mw * 1.16,
                        mh + mw * 0.12);
                if (g == null) {
                    // the lips hold the mouth and the teeth
                    add(bounds, lips.getBounds2D(), 0);
                } else {
                    g.setPaint(face.lips());
                    g.fill(lips);
                    g.setPaint(new Color(0x3a1414));
                    g.fill(new Ellipse2D.Double(x - mw / 2, y - mh * 0.35, mw, mh));
                    g.setPaint(new Color(0xeae4dc));
                    g.fill(new Rectangle2D.Double(x - mw * 0.3, y - mh * 0.35, mw * 0.6, mh * 0.2));
                }
            }
        }
        int period = (int) Math.round(fps * (2.6 + ((index * 7 + Math.floorMod(seed, 13)) % 9) * 0.25));
        int phase = Math.floorMod((int) (seed >>> 7) + index * 17, period);
        if (Math.floorMod(frame + phase, period) < 3) {
            double ex = face.leftEyeX();
            double ey = face.eyeY();
            double ew = face.eyeWidth() * 1.5;
            double eh = face.eyeHeight() * 1.6;
            var left = new Ellipse2D.Double(ex - ew / 2, ey - eh / 2, ew, eh);
            var right = new Ellipse2D.Double(ex + face.eyeSpread() - ew / 2, ey - eh / 2, ew, eh);
            float width = (float) Math.max(1, face.eyeHeight() * 0.3);
            var leftLid = new Line2D.Double(ex - ew * 0.4, ey + eh * 0.1, ex + ew * 0.4, ey + eh * 0.1);
            var rightLid = new Line2D.Double(ex + face.eyeSpread() - ew * 0.4, ey + eh * 0.1, ex + face.eyeSpread()
                    + ew * 0.4, ey + eh * 0.1);
            if (g == null) {
                add(bounds, left.getBounds2D(), 0);
                add(bounds, right.getBounds2D(), 0);
                add(bounds, leftLid.getBounds2D(), width);
                add(bounds, rightLid.getBounds2D(), width);
            } else {
                g.setPaint(face.skin());
                g.fill(left);
                g.fill(right);
                g.setPaint(new Color(0x2a2022));
                g.setStroke(new BasicStroke(width));
                g.draw(leftLid);
                g.draw(rightLid);
            }
        }
    }

    private static void add(Rectangle2D.@Nullable Double @Nullable [] bounds, Rectangle2D shape, double stroke) {
        if (bounds == null) {
            return;
        }
        var grown = new Rectangle2D.Double(shape.getX() - stroke, shape.getY() - stroke,
                shape.getWidth() + 2 * stroke, shape.getHeight() + 2 * stroke);
        if (bounds[0] == null) {
            bounds[0] = grown;
        } else {
            bounds[0].add(grown);
        }
    }

    // ---- overlay: vignette, slate, caption

    private void paintOverlay(BufferedImage target) {
        var g = graphics(target);
        float radius = (float) (Math.hypot(width, height) * 0.62);
        int edge = light.dark() ? 150 : 95;
        if (brief.type() == ShotType.POV) {
            edge = 235;
        }
        g.setPaint(new RadialGradientPaint(new Point2D.Double(width / 2.0, height * 0.45), radius,
                new float[] {0f, brief.type() == ShotType.POV ? 0.45f : 0.6f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 0), new Color(0, 0, 0, edge)}));
        g.fillRect(0, 0, width, height);
        slate(g);
        caption(g);
        g.dispose();
    }

    private void slate(Graphics2D g) {
        double x = 120.0 / 1080 * width;
        double y = 288.0 / 1920 * height;
        var first = words.get("take.animatic.slate", brief.sceneNumber(), brief.shotNumber());
        var second = words.get(brief.type().key()) + " · " + words.get(brief.move().key()) + " · "
                + words.get("take.animatic.seconds", String.format(Locale.ROOT, "%.1f",
                        brief.duration().toMillis() / 1000.0));
        var big = new TextLayout(first, StudioFont.bold(34 * unit), g.getFontRenderContext());
        var small = new TextLayout(second, StudioFont.sized(25 * unit), g.getFontRenderContext());
        var heading = brief.heading().isBlank() ? null
                : new TextLayout(ellipsize(brief.heading(), 30), StudioFont.sized(25 * unit),
                        g.getFontRenderContext());
        double pad = 16 * unit;
        double tw = Math.max(big.getAdvance(), Math.max(small.getAdvance(), heading == null ? 0
                : heading.getAdvance())) + 2 * pad;
        double th = 2 * pad + 44 * unit + 34 * unit + (heading == null ? 0 : 34 * unit);
        g.setPaint(new Color(10, 12, 18, 150));
        g.fill(new RoundRectangle2D.Double(x, y, tw, th, 18 * unit, 18 * unit));
        g.setPaint(new Color(0xffd166));
        g.fill(new Rectangle2D.Double(x, y + 12 * unit, 5 * unit, th - 24 * unit));
        g.setPaint(Color.WHITE);
        big.draw(g, (float) (x + pad), (float) (y + pad + big.getAscent()));
        g.setPaint(new Color(225, 228, 236));
        small.draw(g, (float) (x + pad), (float) (y + pad + 44 * unit + small.getAscent()));
        if (heading != null) {
            heading.draw(g, (float) (x + pad), (float) (y + pad + 78 * unit + heading.getAscent()));
        }
    }

    private void caption(Graphics2D g) {
        var speech = brief.lines().stream().filter(l -> l.kind() == ShotBrief.Line.Kind.DIALOGUE).toList();
        var parts = new ArrayList<String[]>();
        if (!speech.isEmpty()) {
            String direction = null;
            for (var line : brief.lines()) {
                if (line.kind() == ShotBrief.Line.Kind.PARENTHETICAL && direction == null) {
                    direction = line.text();
                }
            }
            for (var line : speech.stream().limit(2).toList()) {
                var name = line.character() == null ? "" : displayName(line.character());
                var text = (direction != null && line == speech.getFirst() ? direction + " " : "") + line.text();
                parts.add(new String[] {name, text});
            }
        } else {
            var action = brief.lines().stream().filter(l -> l.kind() == ShotBrief.Line.Kind.ACTION)
                    .map(ShotBrief.Line::text).findFirst().orElse("");
            if (action.isBlank() && !brief.description().equals(brief.heading())) {
                action = brief.description();
            }
            if (!action.isBlank()) {
                parts.add(new String[] {"", action});
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        double left = 120.0 / 1080 * width;
        double right = 888.0 / 1080 * width;
        double bottom = 1248.0 / 1920 * height;
        double pad = 26 * unit;
        var body = StudioFont.sized(40 * unit);
        var nameFont = StudioFont.bold(32 * unit);
        var frc = g.getFontRenderContext();
        var rows = new ArrayList<Row>();
        for (var part : parts) {
            if (!part[0].isEmpty()) {
                var look = Look.of(brief.lines().stream().filter(l -> l.character() != null
                        && displayName(l.character()).equals(part[0])).map(ShotBrief.Line::character).findFirst()
                        .orElse(part[0]), brief.cast());
                rows.add(new Row(new TextLayout(part[0], nameFont, frc), Light.mix(look.accent(), Color.WHITE,
                        0.35)));
            }
            var italic = part[0].isEmpty();
            for (var layout : wrap(part[1], body, frc, right - left - 2 * pad, 4)) {
                rows.add(new Row(layout, italic ? new Color(230, 232, 240) : Color.WHITE));
            }
        }
        double height = 2 * pad;
        for (var row : rows) {
            height += row.layout().getAscent() + row.layout().getDescent() + row.layout().getLeading() + 6 * unit;
        }
        double top = bottom - height;
        g.setPaint(new Color(8, 10, 16, 168));
        g.fill(new RoundRectangle2D.Double(left, top, right - left, height, 26 * unit, 26 * unit));
        double y = top + pad;
        for (var row : rows) {
            y += row.layout().getAscent();
            g.setPaint(row.color());
            row.layout().draw(g, (float) (left + pad), (float) y);
            y += row.layout().getDescent() + row.layout().getLeading() + 6 * unit;
        }
    }

    private record Row(TextLayout layout, Color color) {
    }

    /** Lines of at most {@code maxWidth}, at most {@code maxLines}; the last one ends in … when text was left. */
    static List<TextLayout> wrap(String text, Font font, FontRenderContext frc, double maxWidth, int maxLines) {
        var result = new ArrayList<TextLayout>();
        var clean = text.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            return result;
        }
        var attributed = new AttributedString(clean);
        attributed.addAttribute(TextAttribute.FONT, font);
        var measurer = new LineBreakMeasurer(attributed.getIterator(), frc);
        while (measurer.getPosition() < clean.length() && result.size() < maxLines) {
            int start = measurer.getPosition();
            var layout = measurer.nextLayout((float) maxWidth);
            if (result.size() == maxLines - 1 && measurer.getPosition() < clean.length()) {
                var rest = clean.substring(start);
                int cut = rest.length();
                TextLayout shortened;
                do {
                    cut--;
                    shortened = new TextLayout(rest.substring(0, Math.max(1, cut)).stripTrailing() + "…", font, frc);
                } while (cut > 1 && shortened.getAdvance() > maxWidth);
                layout = shortened;
            }
            result.add(layout);
        }
        return result;
    }

    void timecode(Graphics2D g, int frame) {
        int seconds = frame / fps;
        var text = String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 60, seconds % 60, frame % fps);
        var layout = new TextLayout(text, StudioFont.sized(26 * unit), g.getFontRenderContext());
        double x = 888.0 / 1080 * width - layout.getAdvance();
        double y = 288.0 / 1920 * height + layout.getAscent() + 12 * unit;
        g.setPaint(new Color(10, 12, 18, 140));
        g.fill(new RoundRectangle2D.Double(x - 12 * unit, y - layout.getAscent() - 8 * unit,
                layout.getAdvance() + 24 * unit, layout.getAscent() + layout.getDescent() + 16 * unit, 14 * unit,
                14 * unit));
        g.setPaint(new Color(0xffd166));
        layout.draw(g, (float) x, (float) y);
    }

    private String displayName(String name) {
        if (words.chinese() || name.codePoints().anyMatch(c -> c > 0x2e80)) {
            return name;
        }
        var text = new StringBuilder();
        for (var word : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return text.toString();
    }

    private static String ellipsize(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static Graphics2D graphics(BufferedImage image) {
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }
}
