package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays set lines out on pages for {@link ScriptPdf}, the way screenplays break: a blank line between blocks, a
 * heading never last on a page, action split only where at least two lines fit, a speech that does not fit ends with
 * {@code (MORE)} and goes on under its cue marked continued, dual dialogue kept whole where it fits.
 */
final class Pagination {

    /** What pagination places: ordinary lines, a dialogue block, dual dialogue, a forced page break. */
    sealed interface Block permits Lines, Speech, Dual, NewPage {
    }

    /** @param keepWithNext lines of what follows that must share the page (a heading is never last on a page) */
    record Lines(List<PrintLine> lines, boolean splittable, int keepWithNext) implements Block {
    }

    record Speech(List<PrintLine> cue, List<PrintLine> continuedCue, List<PrintLine> body) implements Block {
    }

    record Dual(List<PrintLine> lines) implements Block {
    }

    record NewPage() implements Block {
    }

    private final int linesPerPage;
    private final Typesetter type;
    private final String moreMark;
    /** Where a cue starts when a speech has none to line {@code (MORE)} up with. */
    private final float cueX;
    private final List<List<PrintLine>> pages = new ArrayList<>();
    /** The page being filled. */
    private List<PrintLine> page = new ArrayList<>();

    Pagination(int linesPerPage, Typesetter type, String moreMark, float cueX) {
        this.linesPerPage = linesPerPage;
        this.type = type;
        this.moreMark = moreMark;
        this.cueX = cueX;
    }

    /** The blocks on pages, in order; each page holds at most {@code linesPerPage} lines. Call once. */
    List<List<PrintLine>> paginate(List<Block> blocks) {
        for (int b = 0; b < blocks.size(); b++) {
            var block = blocks.get(b);
            if (block instanceof NewPage) {
                if (!page.isEmpty()) {
                    turnPage();
                }
                continue;
            }
            switch (block) {
                case Lines lines -> {
                    var rest = lines.lines();
                    int keep = lines.keepWithNext() > 0 && b + 1 < blocks.size() ? lines.keepWithNext() + 1 : 0;
                    if (!page.isEmpty() && room(page) < 1 + rest.size() + keep) {
                        if (lines.splittable() && room(page) >= 3) {
                            page.add(PrintLine.BLANK);
                            int fit = room(page);
                            page.addAll(rest.subList(0, fit));
                            rest = rest.subList(fit, rest.size());
                        }
                        turnPage();
                    } else if (!page.isEmpty()) {
                        page.add(PrintLine.BLANK);
                    }
                    flow(rest);
                }
                case Speech speech -> {
                    var cue = speech.cue();
                    var body = speech.body();
                    if (!page.isEmpty() && room(page) >= 1 + cue.size() + body.size()) {
                        page.add(PrintLine.BLANK);
                        page.addAll(cue);
                        page.addAll(body);
                        break;
                    }
                    // The block goes over the page end: as much as fits, then (MORE), then the rest under CONT'D.
                    if (!page.isEmpty()) {
                        page.add(PrintLine.BLANK);
                    }
                    while (true) {
                        int fit = room(page) - cue.size() - 1;
                        if (page.isEmpty()) {
                            fit = Math.max(1, fit);
                        }
                        if (body.size() <= room(page) - cue.size()) {
                            page.addAll(cue);
                            page.addAll(body);
                            break;
                        }
                        if (fit >= 2 || (fit >= 1 && page.isEmpty())) {
                            page.addAll(cue);
                            page.addAll(body.subList(0, fit));
                            page.add(more(cue));
                            body = body.subList(fit, body.size());
                            cue = speech.continuedCue();
                        } else if (!page.isEmpty() && page.getLast() == PrintLine.BLANK) {
                            page.removeLast();
                        }
                        turnPage();
                    }
                }
                case Dual dual -> {
                    int needed = (page.isEmpty() ? 0 : 1) + dual.lines().size();
                    if (!page.isEmpty() && room(page) < needed) {
                        turnPage();
                    } else if (!page.isEmpty()) {
                        page.add(PrintLine.BLANK);
                    }
                    flow(dual.lines());
                }
                case NewPage newPage -> { }
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Lines that may go over pages: as many as fit here, the rest on the pages after. */
    private void flow(List<PrintLine> lines) {
        var rest = lines;
        while (rest.size() > room(page)) {
            int fit = room(page);
            page.addAll(rest.subList(0, fit));
            rest = rest.subList(fit, rest.size());
            turnPage();
        }
        page.addAll(rest);
    }

    private void turnPage() {
        pages.add(page);
        page = new ArrayList<>();
    }

    private int room(List<PrintLine> page) {
        return linesPerPage - page.size();
    }

    /** {@code (MORE)} under a speech that goes on over the page, where its cue starts. */
    private PrintLine more(List<PrintLine> cue) {
        float x = cue.isEmpty() || cue.getFirst().pieces().isEmpty() ? cueX : cue.getFirst().pieces().getFirst().x();
        return type.line(Typesetter.glyphs(moreMark), x);
    }
}
