package org.filmfactory.render.internal.publish;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;

/**
 * Which frame of a film becomes its cover, by a rule anyone can check on the pixels: among the candidates (a frame
 * shortly after each shot starts), those that are neither dark (mean luma below {@value #DARK} of 255: black, a fade)
 * nor flat (luma standard deviation below {@value #FLAT}: a plain slate, a dissolve's grey) compete, and the one with
 * the most detail plus contrast wins (mean absolute luma step between neighbouring pixels, plus the luma standard
 * deviation). When every candidate is dark or flat the best of them is taken all the same. Ties go to the earlier
 * frame. Luma is BT.709 ({@code 0.2126 R + 0.7152 G + 0.0722 B}).
 */
public final class CoverChoice {

    /** Mean luma below this is a dark frame. */
    public static final double DARK = 24;
    /** Luma standard deviation below this is a flat frame. */
    public static final double FLAT = 10;
    /** About this many pixels are measured per frame, evenly spread. */
    private static final int SAMPLES = 250_000;

    private CoverChoice() {
    }

    /**
     * One candidate as measured.
     *
     * @param frame the film frame it is (0-based)
     * @param meanLuma 0…255
     * @param contrast the luma's standard deviation
     * @param detail the mean absolute luma step to the right and downward neighbours
     */
    public record Candidate(long frame, double meanLuma, double contrast, double detail) {

        /** Neither dark nor flat. */
        public boolean usable() {
            return meanLuma >= DARK && contrast >= FLAT;
        }

        public double score() {
            return detail + contrast;
        }
    }

    /** Measures a decoded frame. */
    public static Candidate measure(long frame, BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int step = Math.max(1, (int) Math.sqrt((double) width * height / SAMPLES));
        double sum = 0;
        double squares = 0;
        double steps = 0;
        long count = 0;
        long pairs = 0;
        for (int y = 0; y < height; y += step) {
            for (int x = 0; x < width; x += step) {
                double luma = luma(image.getRGB(x, y));
                sum += luma;
                squares += luma * luma;
                count++;
                if (x + step < width) {
                    steps += Math.abs(luma(image.getRGB(x + step, y)) - luma);
                    pairs++;
                }
                if (y + step < height) {
                    steps += Math.abs(luma(image.getRGB(x, y + step)) - luma);
                    pairs++;
                }
            }
        }
        double mean = sum / count;
        double variance = Math.max(0, squares / count - mean * mean);
        return new Candidate(frame, mean, Math.sqrt(variance), pairs == 0 ? 0 : steps / pairs);
    }

    /** The cover among {@code candidates} by the rule above. */
    public static Candidate choose(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate frames");
        }
        var best = Comparator.comparingDouble(Candidate::score)
                .thenComparing(Comparator.comparingLong(Candidate::frame).reversed());
        var usable = candidates.stream().filter(Candidate::usable).toList();
        return (usable.isEmpty() ? candidates : usable).stream().max(best).orElseThrow();
    }

    /** The picture cropped around its centre to the cover's shape, then scaled to exactly {@code width × height}. */
    public static BufferedImage fill(BufferedImage picture, int width, int height) {
        double wanted = (double) width / height;
        int cropWidth = picture.getWidth();
        int cropHeight = picture.getHeight();
        if ((double) cropWidth / cropHeight > wanted) {
            cropWidth = (int) Math.round(cropHeight * wanted);
        } else {
            cropHeight = (int) Math.round(cropWidth / wanted);
        }
        int left = (picture.getWidth() - cropWidth) / 2;
        int top = (picture.getHeight() - cropHeight) / 2;
        var cover = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = cover.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(picture, 0, 0, width, height, left, top, left + cropWidth, top + cropHeight, null);
        } finally {
            g.dispose();
        }
        return cover;
    }

    private static double luma(int rgb) {
        return 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
    }
}
