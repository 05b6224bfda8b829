package org.filmfactory.render.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.render.Film;
import org.filmfactory.render.PlatformTarget;
import org.filmfactory.render.RenderNavigation;

/**
 * One film: a player that seeks (the film is served with byte ranges), where it came from, how long, large and loud
 * it is, downloads of the MP4, SRT and VTT, a publishing package per platform, each platform's verdict, and for a
 * vertical film a toggle per platform that shades what the platform's buttons and captions cover ({@link SafeZones}).
 */
class FilmCard extends Div {

    private final Div frame = new Div();

    FilmCard(Film film) {
        addClassName("film-card");
        setId("film-" + film.id());
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("min-width", "0");
        var video = new Element("video");
        video.setAttribute("controls", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("preload", "metadata");
        video.setAttribute("src", RenderNavigation.toFilmFile(film.project(), film.id(), "mp4", false));
        video.setAttribute("class", "film-player");
        video.getStyle().set("position", "absolute").set("inset", "0").set("width", "100%").set("height", "100%")
                .set("background", "black").set("object-fit", "contain");
        frame.addClassName("film-frame");
        frame.getStyle().set("position", "relative").set("width", film.preset().width() >= film.preset().height()
                ? "min(100%, 32rem)" : "min(100%, 18rem)")
                .set("aspect-ratio", film.preset().width() + " / " + film.preset().height())
                .set("flex", "0 0 auto");
        frame.getElement().appendChild(video);

        var details = new Div();
        details.addClassName("film-details");
        details.getStyle().set("flex", "1 1 16rem").set("min-width", "0").set("display", "flex")
                .set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        var made = new Span(getTranslation("render.films.made", StudioTime.format(film.made(), FormatStyle.MEDIUM,
                FormatStyle.SHORT), film.madeBy()));
        made.getStyle().set("font-weight", "600");
        var source = new Span(getTranslation("render.films.source", film.cutRevision(), film.scriptRevision()));
        source.addClassName("film-source");
        var figures = new Span(getTranslation("render.films.figures",
                getTranslation("render.preset." + film.preset().id(), film.preset().width(), film.preset().height(),
                        film.preset().fps()),
                clock(film.duration().toMillis()), film.frames(),
                String.format(Locale.ROOT, "%.1f", film.bytes() / 1_000_000.0)));
        figures.addClassName("studio-muted");
        var loudness = new Span(getTranslation("render.films.loudness",
                String.format(Locale.ROOT, "%.1f", film.loudness().integratedLufs()),
                String.format(Locale.ROOT, "%.1f", film.loudness().truePeakDbtp())));
        loudness.addClassName("film-loudness");
        loudness.addClassName("studio-muted");
        var subtitles = new Span(getTranslation(film.subtitles() ? "render.films.subtitles-burned"
                : "render.films.subtitles-beside"));
        subtitles.addClassName("studio-muted");
        var downloads = new Div(download(film, "mp4"), download(film, "srt"), download(film, "vtt"));
        downloads.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        details.add(made, source, figures, loudness, subtitles, downloads, publishing(film), verdicts(film));
        if (film.preset().width() * 16 == film.preset().height() * 9) {
            details.add(safeZones());
        }
        add(frame, details);
    }

    private Anchor download(Film film, String kind) {
        var link = new Anchor(RenderNavigation.toFilmFile(film.project(), film.id(), kind, true),
                getTranslation("render.films.download." + kind));
        link.addClassName("film-download");
        link.getElement().setAttribute("data-kind", kind);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** A publishing package per platform: the film, its cover, words and verdict as one ZIP. */
    private Details publishing(Film film) {
        var hint = new Span(getTranslation("render.publish.hint"));
        hint.addClassName("studio-muted");
        var links = new Div();
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)");
        for (var platform : PlatformTarget.values()) {
            var link = new Anchor(RenderNavigation.toPublishingPackage(film.project(), film.id(), platform),
                    getTranslation("render.publish.download", platformName(platform)));
            link.addClassName("film-package");
            link.getElement().setAttribute("data-platform", platform.name());
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("download", true);
            links.add(link);
        }
        var content = new Div(hint, links);
        content.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        var publishing = new Details(getTranslation("render.publish.menu"), content);
        publishing.addClassName("film-publishing");
        return publishing;
    }

    /** Each platform's verdict: fine, plays but not as meant, or refused, with the reasons. */
    private Div verdicts(Film film) {
        var verdicts = new Div();
        verdicts.addClassName("film-verdicts");
        verdicts.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "2px");
        for (var platform : PlatformTarget.values()) {
            var findings = film.findings().stream().filter(f -> f.platform() == platform).toList();
            boolean refused = findings.stream().anyMatch(f -> f.blocking());
            var verdict = new Span(getTranslation(refused ? "render.preflight.refused"
                    : findings.isEmpty() ? "render.preflight.fine" : "render.preflight.warned"));
            verdict.getElement().getThemeList().add("badge small " + (refused ? "error"
                    : findings.isEmpty() ? "success" : "contrast"));
            var line = new Div(new Span(platformName(platform)), verdict);
            line.addClassName("film-verdict");
            line.getElement().setAttribute("data-platform", platform.name());
            line.getElement().setAttribute("data-verdict", refused ? "refused" : findings.isEmpty() ? "fine" : "warned");
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-s)")
                    .set("align-items", "baseline");
            for (var finding : findings) {
                var reason = new Span(getTranslation(finding.messageKey(), finding.arguments().toArray()));
                reason.addClassName("studio-muted");
                line.add(reason);
            }
            verdicts.add(line);
        }
        return verdicts;
    }

    /** A toggle per platform that shades, over the player, the bands its interface covers. */
    private Div safeZones() {
        var toggles = new Div(new Span(getTranslation("render.films.safe-zones")));
        toggles.addClassName("film-safe-zones");
        toggles.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-xs)")
                .set("align-items", "baseline");
        for (var platform : PlatformTarget.values()) {
            var zones = SafeZones.PUBLISHED.get(platform);
            var overlay = overlay(zones);
            overlay.getElement().setAttribute("data-platform", platform.name());
            overlay.setVisible(false);
            frame.add(overlay);
            var toggle = new Button(platformName(platform));
            toggle.addClassName("safe-zone-toggle");
            toggle.getElement().setAttribute("data-platform", platform.name());
            toggle.getElement().setAttribute("aria-pressed", "false");
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toggle.addClickListener(e -> {
                boolean show = !overlay.isVisible();
                overlay.setVisible(show);
                toggle.getElement().setAttribute("aria-pressed", String.valueOf(show));
                toggle.removeThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_PRIMARY);
                toggle.addThemeVariants(show ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            });
            toggles.add(toggle);
        }
        return toggles;
    }

    /** Four shaded bands in percentages of the frame: they scale with the player and let clicks through. */
    private static Div overlay(SafeZones zones) {
        var overlay = new Div(band("0", "0", "100%", percent(zones.top())),
                band("0", percent(1 - zones.bottom()), "100%", percent(zones.bottom())),
                band("0", percent(zones.top()), percent(zones.left()), percent(1 - zones.top() - zones.bottom())),
                band(percent(1 - zones.right()), percent(zones.top()), percent(zones.right()),
                        percent(1 - zones.top() - zones.bottom())));
        overlay.addClassName("safe-zone-overlay");
        overlay.getStyle().set("position", "absolute").set("inset", "0").set("pointer-events", "none");
        return overlay;
    }

    private static Div band(String left, String top, String width, String height) {
        var band = new Div();
        band.addClassName("safe-zone-band");
        band.getStyle().set("position", "absolute").set("left", left).set("top", top).set("width", width)
                .set("height", height).set("background", "rgba(255, 64, 64, 0.35)")
                .set("outline", "1px dashed rgba(255, 255, 255, 0.7)");
        return band;
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.3f%%", fraction * 100);
    }

    private String platformName(PlatformTarget platform) {
        return getTranslation("render.platform." + platform.name().toLowerCase(Locale.ROOT));
    }

    private static String clock(long millis) {
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%d:%02d.%01d", seconds / 60, seconds % 60, (millis % 1000) / 100);
    }
}
