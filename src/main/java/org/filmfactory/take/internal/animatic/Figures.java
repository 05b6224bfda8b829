package org.filmfactory.take.internal.animatic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws a character as a storyboard figure: a soft-shaded silhouette that reads as a person (head, hair, neck,
 * shoulders, arms, torso, legs), facing the camera, turned toward someone, or seen from behind. A figure is drawn in
 * its own units, 1000 tall from the top of the head to the soles; the composition places and scales it, so a wide shot
 * and a close-up show the same person.
 */
final class Figures {

    /** Where and how a figure stands. */
    record Pose(double x, double top, double scale, double facing, boolean back, boolean speaking,
            boolean gesture, double brightness) {
    }

    /**
     * Where the face ended up in the picture, in the picture's pixels, for animating the mouth and the eyes on top.
     *
     * @param eyeSpread horizontal distance between the eyes (0 when only one shows)
     */
    record Face(String name, double leftEyeX, double eyeY, double eyeSpread, double eyeWidth, double eyeHeight,
            double mouthX, double mouthY, double mouthWidth, Color skin, Color lips, boolean speaking,
            boolean visible) {
    }

    private Figures() {
    }

    static Face paint(Graphics2D g, Look look, Pose pose, Light light) {
        var saved = g.getTransform();
        g.translate(pose.x(), pose.top());
        g.scale(pose.scale() * look.height(), pose.scale() * look.height());
        double b = look.build();
        double f = Math.max(-1, Math.min(1, pose.facing()));
        double br = pose.brightness();
        var coat = light.lit(look.coat(), br);
        var coatLight = Light.mix(coat, Color.WHITE, 0.18);
        var coatDark = Light.mix(coat, Color.BLACK, 0.38);
        var skin = light.lit(look.skin(), br);
        var skinDark = Light.mix(skin, new Color(0x5a2e1e), 0.35);
        var hair = light.lit(look.hair(), br);
        var trousers = light.lit(look.trousers(), br);
        // Light comes from the picture's left: the left side of every form is the lit one.
        double lightSide = -1;

        // Shadow on the ground.
        var shadowXf = g.getTransform();
        g.translate(0, 992);
        g.scale(1, 0.15);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(0, 0), 230, new float[] {0f, 1f},
                new Color[] {Light.alpha(light.shadow(), 170), Light.alpha(light.shadow(), 0)}));
        g.fill(new Ellipse2D.Double(-230, -230, 460, 460));
        g.setTransform(shadowXf);

        // Long hair falls behind the shoulders.
        if (look.hairStyle() == 1) {
            g.setPaint(new GradientPaint(0, 20, hair, 0, 250, Light.mix(hair, Color.BLACK, 0.3)));
            g.fill(new RoundRectangle2D.Double(-66 + f * 10, 10, 132, 235, 70, 90));
        }

        // Legs and shoes.
        var legPaint = new GradientPaint((float) (-90 * b), 0, Light.mix(trousers, Color.WHITE, 0.12),
                (float) (90 * b), 0, Light.mix(trousers, Color.BLACK, 0.3));
        g.setPaint(legPaint);
        double stride = f * 22;
        g.fill(leg(-48 * b - stride, b));
        g.fill(leg(48 * b + stride, b));
        g.setPaint(Light.mix(light.lit(new Color(0x2a2420), br), Color.BLACK, 0.2));
        g.fill(new Ellipse2D.Double(-48 * b - stride - 40 + f * 14, 958, 80, 40));
        g.fill(new Ellipse2D.Double(48 * b + stride - 40 + f * 14, 958, 80, 40));

        // Arms behind the torso when turned; the far arm first.
        var sleeve = new BasicStroke(50, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        g.setStroke(sleeve);
        g.setPaint(coatDark);
        g.draw(arm(-1, b, f, false));
        // Torso.
        var torso = torso(b, f);
        g.setPaint(new GradientPaint((float) (lightSide * 130 * b), 0, coatLight, (float) (-lightSide * 130 * b), 0,
                coatDark));
        g.fill(torso);
        // Soft light from above on the shoulders.
        g.setPaint(new GradientPaint(0, 160, Light.alpha(Color.WHITE, 40), 0, 330, Light.alpha(Color.WHITE, 0)));
        g.fill(torso);
        if (!pose.back()) {
            // Collar and shirt.
            var shirt = light.lit(Light.mix(look.coat(), Color.WHITE, 0.78), br);
            var collar = new GeneralPath();
            collar.moveTo(-34 + f * 18, 158);
            collar.lineTo(f * 24, 250);
            collar.lineTo(34 + f * 18, 158);
            collar.closePath();
            g.setPaint(shirt);
            g.fill(collar);
            g.setPaint(coatDark);
            g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new java.awt.geom.Line2D.Double(f * 24, 250, f * 30, 500));
            g.setPaint(Light.mix(coatDark, Color.BLACK, 0.2));
            for (int i = 0; i < 3; i++) {
                g.fill(new Ellipse2D.Double(f * 30 - 7 + 14 * (f < 0 ? 0.5 : -0.5), 300 + i * 62, 10, 10));
            }
        }
        // Near arm (gesturing when speaking).
        g.setStroke(sleeve);
        g.setPaint(new GradientPaint(0, 200, coat, 0, 520, coatDark));
        g.draw(arm(1, b, f, pose.gesture()));
        var hand = hand(1, b, f, pose.gesture());
        g.setPaint(skin);
        g.fill(new Ellipse2D.Double(hand.getX() - 24, hand.getY() - 22, 48, 50));
        var farHand = hand(-1, b, f, false);
        g.setPaint(skinDark);
        g.fill(new Ellipse2D.Double(farHand.getX() - 22, farHand.getY() - 20, 44, 46));

        // Neck.
        g.setPaint(new GradientPaint(-30, 0, skin, 30, 0, skinDark));
        g.fill(new RoundRectangle2D.Double(-27 + f * 6, 108, 54, 70, 20, 20));
        g.setPaint(Light.alpha(skinDark, 140));
        g.fill(new Ellipse2D.Double(-30 + f * 6, 118, 60, 26));

        // Head.
        var head = new Ellipse2D.Double(-52 + f * 6, 0, 104, 134);
        Face face;
        if (pose.back()) {
            g.setPaint(new RadialGradientPaint(new Point2D.Double(-20, 40), 110, new float[] {0f, 1f},
                    new Color[] {Light.mix(hair, Color.WHITE, 0.15), Light.mix(hair, Color.BLACK, 0.35)}));
            g.fill(head);
            // Ears show from behind.
            g.setPaint(skinDark);
            g.fill(new Ellipse2D.Double(-60 + f * 6, 58, 16, 30));
            g.fill(new Ellipse2D.Double(44 + f * 6, 58, 16, 30));
            face = new Face(look.name(), 0, 0, 0, 0, 0, 0, 0, 0, skin, skin, false, false);
        } else {
            // Ears (the far one hides as the head turns).
            g.setPaint(skinDark);
            if (f < 0.55) {
                g.fill(new Ellipse2D.Double(-62 + f * 4, 55, 18, 34));
            }
            if (f > -0.55) {
                g.fill(new Ellipse2D.Double(44 + f * 4, 55, 18, 34));
            }
            g.setPaint(new RadialGradientPaint(new Point2D.Double(-18 + f * 10, 48), 95, new float[] {0f, 0.6f, 1f},
                    new Color[] {Light.mix(skin, Color.WHITE, 0.12), skin, skinDark}));
            g.fill(head);
            face = face(g, look, f, skin, skinDark, hair, pose.speaking());
        }
        hair(g, look.hairStyle(), hair, f, pose.back());

        // Where the face landed, in picture pixels.
        var transform = g.getTransform();
        g.setTransform(saved);
        return face.visible() ? project(face, transform) : face;
    }

    private static Face face(Graphics2D g, Look look, double f, Color skin, Color skinDark, Color hair,
            boolean speaking) {
        double cx = f * 30;
        double spread = 44 * (1 - Math.abs(f) * 0.45);
        double leftX = cx - spread / 2;
        double rightX = cx + spread / 2;
        double eyeY = 66;
        // Brows.
        g.setPaint(Light.mix(hair, Color.BLACK, 0.2));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(leftX - 9, eyeY - 13, leftX + 8, eyeY - 15));
        g.draw(new java.awt.geom.Line2D.Double(rightX - 8, eyeY - 15, rightX + 9, eyeY - 13));
        // Eyes with a catch light.
        var eye = new Color(0x1d1a1c);
        g.setPaint(eye);
        g.fill(new Ellipse2D.Double(leftX - 5.5, eyeY - 4.5, 11, 9));
        g.fill(new Ellipse2D.Double(rightX - 5.5, eyeY - 4.5, 11, 9));
        g.setPaint(Light.alpha(Color.WHITE, 200));
        g.fill(new Ellipse2D.Double(leftX - 2.5, eyeY - 3, 3.2, 3.2));
        g.fill(new Ellipse2D.Double(rightX - 2.5, eyeY - 3, 3.2, 3.2));
        // Nose: a soft shadow on the side away from the light.
        g.setPaint(Light.alpha(skinDark, 170));
        var nose = new GeneralPath();
        nose.moveTo(cx + f * 10 + 2, 72);
        nose.quadTo(cx + f * 16 + 9, 90, cx + f * 12 + 1, 93);
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(nose);
        // Cheeks.
        g.setPaint(Light.alpha(new Color(0xe07a6a), 40));
        g.fill(new Ellipse2D.Double(leftX - 16, 82, 22, 14));
        g.fill(new Ellipse2D.Double(rightX - 6, 82, 22, 14));
        // Mouth, closed; speaking opens it frame by frame on top.
        var lips = Light.mix(skin, new Color(0x9c3b36), 0.5);
        g.setPaint(lips);
        g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        var mouth = new GeneralPath();
        mouth.moveTo(cx + f * 8 - 12, 106);
        mouth.quadTo(cx + f * 8, 110, cx + f * 8 + 12, 106);
        g.draw(mouth);
        return new Face(look.name(), leftX, eyeY, spread, 11, 9, cx + f * 8, 107, 24, skin, lips, speaking, true);
    }

    private static void hair(Graphics2D g, int style, Color hair, double f, boolean back) {
        var paint = new GradientPaint(-40, 0, Light.mix(hair, Color.WHITE, 0.18), 50, 60,
                Light.mix(hair, Color.BLACK, 0.25));
        g.setPaint(paint);
        double o = f * 6;
        var cap = new GeneralPath();
        switch (style) {
            case 0, 3 -> {
                // Short hair: a cap with a side parting.
                cap.moveTo(-55 + o, 62);
                cap.curveTo(-62 + o, -8, 62 + o, -14, 56 + o, 58);
                cap.curveTo(48 + o, 30, 20 + o, 20, -8 + o + f * 20, 22);
                cap.curveTo(-30 + o, 26, -48 + o, 36, -55 + o, 62);
            }
            case 1 -> {
                // Long hair: framing the face.
                cap.moveTo(-58 + o, 120);
                cap.curveTo(-70 + o, -12, 70 + o, -12, 58 + o, 120);
                cap.lineTo(46 + o, 120);
                cap.curveTo(48 + o, 50, 30 + o, 26, f * 20 + o, 22);
                cap.curveTo(-30 + o, 26, -48 + o, 50, -46 + o, 120);
                cap.closePath();
            }
            case 2 -> {
                // A bun on top.
                cap.moveTo(-55 + o, 56);
                cap.curveTo(-60 + o, -6, 60 + o, -6, 55 + o, 56);
                cap.curveTo(40 + o, 22, -40 + o, 22, -55 + o, 56);
                g.fill(new Ellipse2D.Double(-26 + o - f * 10, -36, 52, 46));
            }
            default -> {
                // Swept back with volume.
                cap.moveTo(-56 + o, 58);
                cap.curveTo(-66 + o, -22, 66 + o, -22, 56 + o, 58);
                cap.curveTo(50 + o, 18, -50 + o, 14, -56 + o, 58);
            }
        }
        cap.closePath();
        if (back) {
            g.fill(new Ellipse2D.Double(-55 + o, -4, 110, 120));
        }
        g.fill(cap);
        if (style == 3) {
            // Greying temples.
            g.setPaint(Light.alpha(new Color(0xd8d4cc), 120));
            g.fill(new Ellipse2D.Double(-57 + o, 40, 14, 26));
            g.fill(new Ellipse2D.Double(43 + o, 40, 14, 26));
        }
    }

    private static Shape torso(double b, double f) {
        var p = new GeneralPath();
        double s = 1 - Math.abs(f) * 0.18;
        p.moveTo(-30 * s, 152);
        p.curveTo(-90 * b * s, 156, -128 * b * s, 170, -130 * b * s, 230);
        p.lineTo(-112 * b * s, 330);
        p.curveTo(-100 * b * s, 420, -96 * b * s, 470, -100 * b * s, 545);
        p.lineTo(100 * b * s, 545);
        p.curveTo(96 * b * s, 470, 100 * b * s, 420, 112 * b * s, 330);
        p.lineTo(130 * b * s, 230);
        p.curveTo(128 * b * s, 170, 90 * b * s, 156, 30 * s, 152);
        p.closePath();
        return p;
    }

    private static Shape leg(double x, double b) {
        return new RoundRectangle2D.Double(x - 38 * b, 520, 76 * b, 460, 40, 40);
    }

    private static Shape arm(int side, double b, double f, boolean gesture) {
        double s = 1 - Math.abs(f) * 0.18;
        double shoulderX = side * 112 * b * s;
        var path = new Path2D.Double();
        path.moveTo(shoulderX, 215);
        var hand = hand(side, b, f, gesture);
        if (gesture) {
            path.quadTo(side * 150 * b * s, 360, hand.getX(), hand.getY());
        } else {
            path.quadTo(side * 134 * b * s, 370, hand.getX(), hand.getY());
        }
        return path;
    }

    private static Point2D hand(int side, double b, double f, boolean gesture) {
        double s = 1 - Math.abs(f) * 0.18;
        if (gesture) {
            return new Point2D.Double(side * 66 * b * s + f * 20, 372);
        }
        return new Point2D.Double(side * 122 * b * s, 530);
    }

    private static Face project(Face face, AffineTransform transform) {
        var eye = transform.transform(new Point2D.Double(face.leftEyeX(), face.eyeY()), null);
        var mouth = transform.transform(new Point2D.Double(face.mouthX(), face.mouthY()), null);
        double scale = transform.getScaleX();
        return new Face(face.name(), eye.getX(), eye.getY(), face.eyeSpread() * scale, face.eyeWidth() * scale,
                face.eyeHeight() * scale, mouth.getX(), mouth.getY(), face.mouthWidth() * scale, face.skin(),
                face.lips(), face.speaking(), true);
    }
}
