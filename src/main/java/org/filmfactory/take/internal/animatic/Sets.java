package org.filmfactory.take.internal.animatic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Paints the place a scene happens in: a room in one-point perspective (back wall, side walls, floor boards, a window
 * showing the time of day, a door, a practical lamp) or an outside view (sky, sun or moon, clouds or stars, a skyline
 * or hills, a street or a field). Coordinates are the frame's ({@code 0..w}, {@code 0..h}); the set is painted well
 * beyond the frame so the camera can move over it. The layout comes from the location's name, never from the seed,
 * so every shot of one place shows the same room.
 */
final class Sets {

    private static final String[] CITY = {"STREET", "ROAD", "CITY", "ALLEY", "AVENUE", "SQUARE", "SHOP", "STORE",
        "OFFICE", "STATION", "BUILDING", "TOWN", "DOOR", "ENTRANCE", "CAFE", "BAR", "PARKING", "街", "路", "城", "巷",
        "门口", "店", "站", "楼", "馆", "市", "广场", "大门"};

    private Sets() {
    }

    static void paint(Graphics2D g, Light light, String location, double w, double h) {
        int hash = Look.hash(location.strip().toUpperCase(Locale.ROOT));
        if (light.interior()) {
            room(g, light, hash, w, h);
        } else {
            outside(g, light, location, hash, w, h);
        }
    }

    // ---- inside

    private static void room(Graphics2D g, Light light, int hash, double w, double h) {
        var vp = new Point2D.Double(0.5 * w, 0.40 * h);
        double left = 0.1 * w;
        double right = 0.9 * w;
        double top = 0.22 * h;
        double floor = 0.56 * h;
        double far = 2.5;
        var tl = new Point2D.Double(left, top);
        var tr = new Point2D.Double(right, top);
        var bl = new Point2D.Double(left, floor);
        var br = new Point2D.Double(right, floor);
        var tlE = out(vp, tl, far);
        var trE = out(vp, tr, far);
        var blE = out(vp, bl, far);
        var brE = out(vp, br, far);
        var wallTop = light.wallTop();
        var wallBottom = light.wallBottom();
        // Ceiling.
        g.setPaint(new GradientPaint(0, (float) tlE.y, Light.mix(wallTop, Color.BLACK, 0.45), 0, (float) top,
                Light.mix(wallTop, Color.BLACK, 0.2)));
        g.fill(quad(tlE, tl, tr, trE));
        g.fill(new Rectangle2D.Double(-w, tlE.y - 2 * h, 3 * w, 2 * h + 1));
        // Side walls, darker toward the camera.
        var side = Light.mix(wallBottom, Color.BLACK, 0.25);
        g.setPaint(new GradientPaint((float) left, 0, side, (float) (left - 0.6 * w), 0,
                Light.mix(side, Color.BLACK, 0.45)));
        g.fill(quad(tlE, tl, bl, blE));
        g.fill(new Rectangle2D.Double(-2 * w, tlE.y, tlE.x + 2 * w, blE.y - tlE.y));
        g.setPaint(new GradientPaint((float) right, 0, side, (float) (right + 0.6 * w), 0,
                Light.mix(side, Color.BLACK, 0.45)));
        g.fill(quad(trE, tr, br, brE));
        g.fill(new Rectangle2D.Double(trE.x, trE.y, 2 * w, brE.y - trE.y));
        // Back wall with a darker wainscot.
        g.setPaint(new GradientPaint(0, (float) top, wallTop, 0, (float) floor, wallBottom));
        g.fill(new Rectangle2D.Double(left, top, right - left, floor - top));
        double wainscot = floor - 0.07 * h;
        g.setPaint(Light.mix(wallBottom, light.floorNear(), 0.45));
        g.fill(new Rectangle2D.Double(left, wainscot, right - left, floor - wainscot));
        g.setPaint(Light.mix(wallTop, Color.WHITE, 0.15));
        g.fill(new Rectangle2D.Double(left, wainscot - 0.004 * h, right - left, 0.006 * h));
        // Floor boards converging to the vanishing point.
        g.setPaint(new GradientPaint(0, (float) floor, light.floorFar(), 0, (float) (1.2 * h), light.floorNear()));
        var floorShape = quad(bl, br, brE, blE);
        g.fill(floorShape);
        g.fill(new Rectangle2D.Double(-2 * w, Math.max(blE.y, brE.y), 5 * w, 2 * h));
        g.setStroke(new BasicStroke((float) (0.002 * w)));
        g.setPaint(Light.alpha(Light.mix(light.floorNear(), Color.BLACK, 0.5), 90));
        for (int i = -14; i <= 14; i++) {
            double x = 0.5 * w + i * (right - left) / 14;
            var a = new Point2D.Double(x, floor);
            g.draw(new Line2D.Double(a, out(vp, a, 4)));
        }
        for (int i = 1; i < 9; i++) {
            double y = floor + (2.2 * h - floor) * Math.pow(i / 9.0, 2.2);
            g.draw(new Line2D.Double(-2 * w, y, 3 * w, y));
        }
        // Window and door on opposite sides, by the location.
        boolean windowLeft = (hash & 1) == 0;
        double wx = windowLeft ? 0.17 * w : 0.53 * w;
        window(g, light, wx, 0.28 * h, 0.30 * w, 0.17 * h, hash);
        double dx = windowLeft ? 0.64 * w : 0.18 * w;
        door(g, light, dx, 0.34 * h, 0.17 * w, floor - 0.34 * h);
        // A low cabinet with a plant and a teapot under the window.
        cabinet(g, light, wx + 0.02 * w, floor - 0.075 * h, 0.26 * w, 0.075 * h, hash);
        // Pendant lamp; lit when it is dark.
        lamp(g, light, 0.5 * w, top, w, h);
        // Light through the window by day.
        if (!light.dark()) {
            var shaft = new GeneralPath();
            shaft.moveTo(wx, 0.45 * h);
            shaft.lineTo(wx + 0.3 * w, 0.45 * h);
            shaft.lineTo(wx + 0.55 * w, 0.95 * h);
            shaft.lineTo(wx + 0.05 * w, 0.95 * h);
            shaft.closePath();
            g.setPaint(new GradientPaint(0, (float) (0.45 * h), Light.alpha(light.glow(), 70), 0, (float) (0.95 * h),
                    Light.alpha(light.glow(), 0)));
            g.fill(shaft);
        }
    }

    private static void window(Graphics2D g, Light light, double x, double y, double ww, double wh, int hash) {
        var frame = Light.mix(light.floorNear(), Color.BLACK, 0.2);
        g.setPaint(frame);
        g.fill(new Rectangle2D.Double(x - 0.03 * ww, y - 0.04 * wh, ww * 1.06, wh * 1.1));
        g.setPaint(new GradientPaint(0, (float) y, light.skyTop(), 0, (float) (y + wh), light.skyBottom()));
        g.fill(new Rectangle2D.Double(x, y, ww, wh));
        // Far roofs seen through the glass.
        g.setPaint(Light.mix(light.groundFar(), light.skyBottom(), 0.35));
        var random = new SplittableRandom(hash);
        double bx = x;
        while (bx < x + ww) {
            double bw = ww * (0.12 + random.nextDouble() * 0.18);
            double bh = wh * (0.12 + random.nextDouble() * 0.3);
            g.fill(new Rectangle2D.Double(bx, y + wh - bh, Math.min(bw, x + ww - bx), bh));
            if (light.dark()) {
                g.setPaint(Light.rgb(0xffd27a, 200));
                g.fill(new Rectangle2D.Double(bx + bw * 0.3, y + wh - bh * 0.7, bw * 0.12, bh * 0.14));
                g.setPaint(Light.mix(light.groundFar(), light.skyBottom(), 0.35));
            }
            bx += bw;
        }
        if (light.stars()) {
            g.setPaint(new RadialGradientPaint(new Point2D.Double(x + ww * 0.75, y + wh * 0.3), (float) (wh * 0.35),
                    new float[] {0f, 0.25f, 1f}, new Color[] {light.sun(), Light.alpha(light.sun(), 120),
                        Light.alpha(light.sun(), 0)}));
            g.fill(new Rectangle2D.Double(x, y, ww, wh));
        }
        g.setPaint(frame);
        g.setStroke(new BasicStroke((float) (ww * 0.025)));
        g.draw(new Line2D.Double(x + ww / 2, y, x + ww / 2, y + wh));
        g.draw(new Line2D.Double(x, y + wh / 2, x + ww, y + wh / 2));
        // Curtains.
        var cloth = light.lit(Color.getHSBColor(((hash >>> 5) & 0xff) / 255f, 0.45f, 0.62f), 0.95);
        g.setPaint(new GradientPaint((float) x, 0, Light.mix(cloth, Color.WHITE, 0.1), (float) (x + ww * 0.2), 0,
                Light.mix(cloth, Color.BLACK, 0.3), true));
        g.fill(new RoundRectangle2D.Double(x - ww * 0.12, y - wh * 0.1, ww * 0.2, wh * 1.35, ww * 0.08, ww * 0.08));
        g.fill(new RoundRectangle2D.Double(x + ww * 0.92, y - wh * 0.1, ww * 0.2, wh * 1.35, ww * 0.08, ww * 0.08));
    }

    private static void door(Graphics2D g, Light light, double x, double y, double dw, double dh) {
        var wood = Light.mix(light.floorNear(), Color.BLACK, 0.1);
        g.setPaint(Light.mix(wood, Color.BLACK, 0.35));
        g.fill(new Rectangle2D.Double(x - dw * 0.06, y - dh * 0.04, dw * 1.12, dh * 1.04));
        g.setPaint(new GradientPaint((float) x, 0, Light.mix(wood, Color.WHITE, 0.1), (float) (x + dw), 0, wood));
        g.fill(new Rectangle2D.Double(x, y, dw, dh));
        g.setPaint(Light.alpha(Color.BLACK, 50));
        g.fill(new Rectangle2D.Double(x + dw * 0.15, y + dh * 0.08, dw * 0.7, dh * 0.36));
        g.fill(new Rectangle2D.Double(x + dw * 0.15, y + dh * 0.52, dw * 0.7, dh * 0.4));
        g.setPaint(Light.rgb(0xd9b45a));
        g.fill(new Ellipse2D.Double(x + dw * 0.8, y + dh * 0.5, dw * 0.07, dw * 0.07));
    }

    private static void cabinet(Graphics2D g, Light light, double x, double y, double cw, double ch, int hash) {
        var wood = Light.mix(light.floorNear(), Color.BLACK, 0.25);
        g.setPaint(new GradientPaint(0, (float) y, Light.mix(wood, Color.WHITE, 0.15), 0, (float) (y + ch), wood));
        g.fill(new RoundRectangle2D.Double(x, y, cw, ch, ch * 0.1, ch * 0.1));
        g.setPaint(Light.alpha(Color.BLACK, 60));
        g.fill(new Rectangle2D.Double(x + cw * 0.5 - 1, y + ch * 0.15, 2, ch * 0.75));
        // Teapot.
        var pot = light.lit(new Color(0x7d4a36), 1);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x + cw * 0.25, y - ch * 0.4), (float) (ch * 0.5),
                new float[] {0f, 1f}, new Color[] {Light.mix(pot, Color.WHITE, 0.3), pot}));
        g.fill(new Ellipse2D.Double(x + cw * 0.16, y - ch * 0.55, cw * 0.16, ch * 0.55));
        g.fill(new Rectangle2D.Double(x + cw * 0.3, y - ch * 0.42, cw * 0.06, ch * 0.08));
        // Plant.
        var leaf = light.lit(new Color(0x4f7a3f), 1);
        g.setPaint(light.lit(new Color(0x9a6b4a), 1));
        g.fill(new Rectangle2D.Double(x + cw * 0.7, y - ch * 0.4, cw * 0.12, ch * 0.4));
        var random = new SplittableRandom(hash * 31L);
        for (int i = 0; i < 9; i++) {
            g.setPaint(Light.mix(leaf, i % 2 == 0 ? Color.BLACK : Color.WHITE, 0.15));
            double lx = x + cw * (0.66 + random.nextDouble() * 0.2);
            double ly = y - ch * (0.9 + random.nextDouble() * 0.8);
            g.fill(new Ellipse2D.Double(lx, ly, cw * 0.08, ch * 0.55));
        }
    }

    private static void lamp(Graphics2D g, Light light, double x, double ceiling, double w, double h) {
        double y = ceiling + 0.05 * h;
        g.setPaint(Light.alpha(Color.BLACK, 140));
        g.setStroke(new BasicStroke((float) (0.003 * w)));
        g.draw(new Line2D.Double(x, ceiling - 0.2 * h, x, y));
        var shade = new GeneralPath();
        shade.moveTo(x - 0.03 * w, y);
        shade.lineTo(x + 0.03 * w, y);
        shade.lineTo(x + 0.07 * w, y + 0.035 * h);
        shade.lineTo(x - 0.07 * w, y + 0.035 * h);
        shade.closePath();
        var shadeColor = light.lit(new Color(0x2f5d50), 1);
        g.setPaint(new GradientPaint((float) (x - 0.07 * w), 0, Light.mix(shadeColor, Color.WHITE, 0.2),
                (float) (x + 0.07 * w), 0, shadeColor));
        g.fill(shade);
        if (light.practicals()) {
            var warm = new Color(0xffc46b);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y + 0.04 * h), (float) (0.42 * w),
                    new float[] {0f, 0.12f, 1f}, new Color[] {Light.alpha(new Color(0xfff1c9), 230),
                        Light.alpha(warm, 110), Light.alpha(warm, 0)}));
            g.fill(new Ellipse2D.Double(x - 0.42 * w, y + 0.04 * h - 0.42 * w, 0.84 * w, 0.84 * w));
            // A warm pool on the floor below.
            var pool = g.getTransform();
            g.translate(x, 0.66 * h);
            g.scale(1, 0.25);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(0, 0), (float) (0.5 * w), new float[] {0f, 1f},
                    new Color[] {Light.alpha(warm, 80), Light.alpha(warm, 0)}));
            g.fill(new Ellipse2D.Double(-0.5 * w, -0.5 * w, w, w));
            g.setTransform(pool);
        }
    }

    // ---- outside

    private static void outside(Graphics2D g, Light light, String location, int hash, double w, double h) {
        double horizon = 0.5 * h;
        var random = new SplittableRandom(hash);
        g.setPaint(new GradientPaint(0, (float) (-0.2 * h), light.skyTop(), 0, (float) horizon, light.skyBottom()));
        g.fill(new Rectangle2D.Double(-2 * w, -2 * h, 5 * w, 2 * h + horizon + 1));
        double sunX = (0.25 + random.nextDouble() * 0.5) * w;
        double sunY = horizon - light.sunHeight() * h;
        double sunR = (light.stars() ? 0.045 : 0.06) * w;
        g.setPaint(new RadialGradientPaint(new Point2D.Double(sunX, sunY), (float) (0.7 * w), new float[] {0f, 1f},
                new Color[] {light.glow(), Light.alpha(light.glow(), 0)}));
        g.fill(new Rectangle2D.Double(-2 * w, -2 * h, 5 * w, 2 * h + horizon));
        if (light.stars()) {
            var stars = new SplittableRandom(hash * 7L);
            for (int i = 0; i < 140; i++) {
                double sx = (-0.3 + stars.nextDouble() * 1.6) * w;
                double sy = (-0.3 + stars.nextDouble() * 0.7) * h;
                double r = (0.6 + stars.nextDouble() * 1.6) * w / 1080;
                g.setPaint(Light.alpha(Color.WHITE, 90 + stars.nextInt(150)));
                g.fill(new Ellipse2D.Double(sx, sy, r * 2, r * 2));
            }
        }
        g.setPaint(light.sun());
        g.fill(new Ellipse2D.Double(sunX - sunR, sunY - sunR, 2 * sunR, 2 * sunR));
        if (!light.stars()) {
            for (int i = 0; i < 5; i++) {
                double cx = (-0.2 + random.nextDouble() * 1.4) * w;
                double cy = (0.05 + random.nextDouble() * 0.3) * h;
                cloud(g, light, cx, cy, (0.12 + random.nextDouble() * 0.12) * w, random);
            }
        }
        boolean city = false;
        var upper = location.toUpperCase(Locale.ROOT);
        for (var word : CITY) {
            city |= upper.contains(word);
        }
        if (city) {
            skyline(g, light, random, horizon, w, h);
        } else {
            hills(g, light, random, horizon, w, h);
        }
        g.setPaint(new GradientPaint(0, (float) horizon, light.groundFar(), 0, (float) (1.2 * h),
                light.groundNear()));
        g.fill(new Rectangle2D.Double(-2 * w, horizon, 5 * w, 3 * h));
        if (city) {
            street(g, light, horizon, w, h);
        } else {
            field(g, light, random, horizon, w, h);
        }
    }

    private static void cloud(Graphics2D g, Light light, double x, double y, double size, SplittableRandom random) {
        var tint = Light.mix(Color.WHITE, light.glow(), 0.35);
        for (int i = 0; i < 5; i++) {
            double px = x + (random.nextDouble() - 0.5) * size * 1.4;
            double py = y + (random.nextDouble() - 0.5) * size * 0.25;
            double r = size * (0.3 + random.nextDouble() * 0.3);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(px, py), (float) r, new float[] {0f, 1f},
                    new Color[] {Light.alpha(tint, 120), Light.alpha(tint, 0)}));
            g.fill(new Ellipse2D.Double(px - r, py - r * 0.6, 2 * r, 1.2 * r));
        }
    }

    private static void skyline(Graphics2D g, Light light, SplittableRandom random, double horizon, double w,
            double h) {
        for (int layer = 0; layer < 2; layer++) {
            var color = Light.mix(light.groundFar(), light.skyBottom(), layer == 0 ? 0.5 : 0.15);
            double x = -0.6 * w;
            while (x < 1.6 * w) {
                double bw = (0.08 + random.nextDouble() * 0.14) * w;
                double bh = (layer == 0 ? 0.1 : 0.05) * h + random.nextDouble() * 0.16 * h;
                g.setPaint(new GradientPaint(0, (float) (horizon - bh), Light.mix(color, Color.WHITE, 0.05), 0,
                        (float) horizon, color));
                g.fill(new Rectangle2D.Double(x, horizon - bh, bw, bh + 2));
                if (light.practicals()) {
                    for (double wy = horizon - bh + 0.015 * h; wy < horizon - 0.01 * h; wy += 0.022 * h) {
                        for (double wx = x + 0.012 * w; wx < x + bw - 0.02 * w; wx += 0.03 * w) {
                            if (random.nextDouble() < 0.35) {
                                g.setPaint(Light.rgb(0xffd27a, 150 + random.nextInt(90)));
                                g.fill(new Rectangle2D.Double(wx, wy, 0.012 * w, 0.009 * h));
                            }
                        }
                    }
                }
                x += bw + random.nextDouble() * 0.02 * w;
            }
        }
    }

    private static void hills(Graphics2D g, Light light, SplittableRandom random, double horizon, double w,
            double h) {
        for (int layer = 0; layer < 2; layer++) {
            var color = Light.mix(light.groundFar(), light.skyBottom(), layer == 0 ? 0.45 : 0.1);
            var hill = new GeneralPath();
            hill.moveTo(-2 * w, horizon + 2);
            double x = -2 * w;
            double y = horizon - (0.04 + random.nextDouble() * 0.06) * h;
            hill.lineTo(x, y);
            while (x < 3 * w) {
                double nx = x + (0.3 + random.nextDouble() * 0.3) * w;
                double ny = horizon - ((layer == 0 ? 0.05 : 0.02) + random.nextDouble() * 0.08) * h;
                hill.curveTo(x + (nx - x) * 0.4, y - 0.04 * h, x + (nx - x) * 0.6, ny - 0.04 * h, nx, ny);
                x = nx;
                y = ny;
            }
            hill.lineTo(x, horizon + 2);
            hill.closePath();
            g.setPaint(color);
            g.fill(hill);
        }
    }

    private static void street(Graphics2D g, Light light, double horizon, double w, double h) {
        var vp = new Point2D.Double(0.5 * w, horizon);
        var road = new GeneralPath();
        road.moveTo(0.47 * w, horizon);
        road.lineTo(0.53 * w, horizon);
        road.lineTo(1.6 * w, 1.6 * h);
        road.lineTo(-0.6 * w, 1.6 * h);
        road.closePath();
        var asphalt = Light.mix(light.groundNear(), new Color(0x3a3a40), 0.6);
        g.setPaint(new GradientPaint(0, (float) horizon, Light.mix(asphalt, light.skyBottom(), 0.25), 0,
                (float) (1.3 * h), asphalt));
        g.fill(road);
        g.setPaint(Light.alpha(Light.mix(Color.WHITE, light.glow(), 0.3), 150));
        for (int i = 0; i < 10; i++) {
            double t0 = Math.pow(i / 10.0, 2);
            double t1 = Math.pow((i + 0.45) / 10.0, 2);
            var a = lerp(vp, new Point2D.Double(0.5 * w, 1.6 * h), t0);
            var b = lerp(vp, new Point2D.Double(0.5 * w, 1.6 * h), t1);
            double width = 0.002 * w + 0.012 * w * t1;
            g.fill(new Rectangle2D.Double(a.x - width / 2, a.y, width, b.y - a.y));
        }
        // Street lamps receding on both sides.
        for (int side = -1; side <= 1; side += 2) {
            for (int i = 0; i < 4; i++) {
                double t = 0.25 + i * 0.3;
                double x = 0.5 * w + side * (0.06 + t * 0.62) * w;
                double base = horizon + t * 0.25 * h;
                double height = t * 0.32 * h;
                g.setPaint(Light.mix(light.groundNear(), Color.BLACK, 0.4));
                g.fill(new Rectangle2D.Double(x - 0.003 * w * t, base - height, 0.006 * w * t + 1, height));
                if (light.practicals()) {
                    double r = 0.12 * w * t;
                    g.setPaint(new RadialGradientPaint(new Point2D.Double(x, base - height), (float) r,
                            new float[] {0f, 0.15f, 1f}, new Color[] {Light.rgb(0xfff0c0, 240),
                                Light.rgb(0xffc46b, 120), Light.rgb(0xffc46b, 0)}));
                    g.fill(new Ellipse2D.Double(x - r, base - height - r, 2 * r, 2 * r));
                }
            }
        }
    }

    private static void field(Graphics2D g, Light light, SplittableRandom random, double horizon, double w,
            double h) {
        for (int i = 0; i < 7; i++) {
            double t = 0.15 + random.nextDouble() * 0.4;
            double x = (-0.3 + random.nextDouble() * 1.6) * w;
            double base = horizon + t * 0.18 * h;
            double size = t * 0.35 * w;
            g.setPaint(Light.mix(light.groundNear(), Color.BLACK, 0.45));
            g.fill(new Rectangle2D.Double(x - size * 0.05, base - size * 0.7, size * 0.1, size * 0.7));
            var leaves = Light.mix(light.groundFar(), new Color(0x2f5a2a), light.dark() ? 0.2 : 0.5);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(x - size * 0.15, base - size * 1.0),
                    (float) (size * 0.6), new float[] {0f, 1f},
                    new Color[] {Light.mix(leaves, Color.WHITE, 0.15), Light.mix(leaves, Color.BLACK, 0.3)}));
            g.fill(new Ellipse2D.Double(x - size * 0.4, base - size * 1.35, size * 0.8, size * 0.75));
        }
    }

    // ---- geometry

    private static Point2D.Double out(Point2D.Double vp, Point2D.Double p, double factor) {
        return new Point2D.Double(vp.x + (p.x - vp.x) * factor, vp.y + (p.y - vp.y) * factor);
    }

    private static Point2D.Double lerp(Point2D.Double a, Point2D.Double b, double t) {
        return new Point2D.Double(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    }

    private static GeneralPath quad(Point2D a, Point2D b, Point2D c, Point2D d) {
        var path = new GeneralPath();
        path.moveTo(a.getX(), a.getY());
        path.lineTo(b.getX(), b.getY());
        path.lineTo(c.getX(), c.getY());
        path.lineTo(d.getX(), d.getY());
        path.closePath();
        return path;
    }
}
