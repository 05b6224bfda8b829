package org.filmfactory.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.Stills;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.render.Film;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.PlatformTarget;
import org.filmfactory.render.PreflightFinding;
import org.filmfactory.render.Publishing;
import org.filmfactory.render.PublishingPackage;
import org.filmfactory.render.Rendering;
import org.filmfactory.render.ScreenplaySource;
import org.filmfactory.render.internal.publish.CoverChoice;
import org.filmfactory.render.internal.publish.PackageZip;
import org.filmfactory.render.internal.publish.PlatformPublishing;
import org.filmfactory.render.internal.publish.PublishingText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Publishing} from the kept films. The words come from the live script's title page (read in the project's
 * dialect) and the project; the cover from the film's own frames: one candidate a little after each shot starts
 * (past its transition, at least half a second in), chosen by {@link CoverChoice}'s rule and cropped to the
 * platform's cover. Nothing is stored: the package is made when it is asked for, in a temporary folder removed after.
 */
@Service
class StudioPublishing implements Publishing {

    /** The manifest's format, for tools that read it. */
    static final String FORMAT = "filmfactory-publishing-package/1";

    private static final Logger log = LoggerFactory.getLogger(StudioPublishing.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final float COVER_QUALITY = 0.9f;
    /** Candidate frames are measured at this size (the rule's figures do not depend on it; the time does). */
    private static final int MEASURE_WIDTH = 540;
    private static final int MEASURE_HEIGHT = 960;

    private final Rendering rendering;
    private final RenderStore store;
    private final ProjectManagement projects;
    private final ObjectProvider<ScreenplaySource> scripts;
    private final MediaStore media;
    private final Stills stills;
    private final Translations translations;

    StudioPublishing(Rendering rendering, RenderStore store, ProjectManagement projects,
            ObjectProvider<ScreenplaySource> scripts, MediaStore media, Stills stills, Translations translations) {
        this.rendering = rendering;
        this.store = store;
        this.projects = projects;
        this.scripts = scripts;
        this.media = media;
        this.stills = stills;
        this.translations = translations;
    }

    @Override
    public PublishingPackage describe(ProjectId project, FilmId film, PlatformTarget platform) {
        return describe(project, find(project, film), platform);
    }

    private Film find(ProjectId project, FilmId film) {
        return rendering.film(project, film).orElseThrow(() -> new NotAllowed(Permission.VIEW));
    }

    private PublishingPackage describe(ProjectId project, Film film, PlatformTarget platform) {
        var summary = projects.find(project);
        var language = summary.language().locale();
        var editing = scripts.getIfAvailable();
        var script = FountainReader.read(editing == null ? "" : editing.text(project), Dialect.of(language));
        var limits = PlatformPublishing.PUBLISHED.get(platform);
        var text = PublishingText.of(script, summary.name(), summary.logline(), language, platform, limits);
        var findings = film.findings().stream().filter(f -> f.platform() == platform).toList();
        return new PublishingPackage(film.id(), platform, text.title(), text.description(), text.hashtags(),
                text.caption(), limits.coverWidth(), limits.coverHeight(), PublishingPackage.verdictOf(findings),
                findings);
    }

    @Override
    public PublishingPackage write(ProjectId project, FilmId filmId, PlatformTarget platform, Locale language,
            OutputStream out) throws IOException {
        var film = find(project, filmId);
        var described = describe(project, film, platform);
        var folder = Files.createTempDirectory("publish-");
        try {
            var mp4 = folder.resolve(PackageZip.FILM);
            media.copyTo(film.film(), mp4);
            var chosen = chooseCover(project, film, mp4);
            var cover = CoverChoice.fill(stills.frameAt(mp4, chosen.frame()), described.coverWidth(),
                    described.coverHeight());
            var jpeg = folder.resolve(PackageZip.COVER);
            stills.writeJpeg(cover, jpeg, COVER_QUALITY);
            var manifest = manifest(film, described, chosen, language);
            PackageZip.write(mp4, jpeg, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest),
                    readme(film, described, chosen, language), out);
            return described;
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                log.warn("Could not remove the publishing folder {}", folder, e);
            }
        }
    }

    /** Measures a frame a little into each shot and picks by {@link CoverChoice}'s rule. */
    private CoverChoice.Candidate chooseCover(ProjectId project, Film film, Path mp4) throws IOException {
        var frames = new TreeSet<Long>();
        int fps = film.preset().fps();
        var order = store.film(project, film.id()).flatMap(stored -> store.orderOfJob(stored.job()));
        order.ifPresent(found -> {
            for (var clip : found.plan().clips()) {
                int into = Math.min(clip.frames() - 1, Math.max(clip.transitionFrames(), fps / 2));
                frames.add((long) clip.start() + Math.max(0, into));
            }
        });
        frames.removeIf(frame -> frame >= film.frames());
        if (frames.isEmpty()) {
            frames.add(film.frames() / 2);
        }
        var candidates = new ArrayList<CoverChoice.Candidate>();
        for (long frame : frames) {
            var picture = stills.scaleToFit(stills.frameAt(mp4, frame), MEASURE_WIDTH, MEASURE_HEIGHT);
            candidates.add(CoverChoice.measure(frame, picture));
        }
        return CoverChoice.choose(candidates);
    }

    private Map<String, Object> manifest(Film film, PublishingPackage described, CoverChoice.Candidate cover,
            Locale language) {
        var filmPart = new LinkedHashMap<String, Object>();
        filmPart.put("file", PackageZip.FILM);
        filmPart.put("id", film.id().toString());
        filmPart.put("preset", film.preset().id());
        filmPart.put("width", film.preset().width());
        filmPart.put("height", film.preset().height());
        filmPart.put("fps", film.preset().fps());
        filmPart.put("durationSeconds", film.duration().toMillis() / 1000.0);
        filmPart.put("frames", film.frames());
        filmPart.put("bytes", film.bytes());
        filmPart.put("made", film.made().toString());
        filmPart.put("cutRevision", film.cutRevision());
        filmPart.put("scriptRevision", film.scriptRevision());
        filmPart.put("subtitlesBurnedIn", film.subtitles());
        var coverPart = new LinkedHashMap<String, Object>();
        coverPart.put("file", PackageZip.COVER);
        coverPart.put("width", described.coverWidth());
        coverPart.put("height", described.coverHeight());
        coverPart.put("frame", cover.frame());
        coverPart.put("seconds", Duration.ofMillis(cover.frame() * 1000 / film.preset().fps()).toMillis() / 1000.0);
        coverPart.put("meanLuma", round(cover.meanLuma()));
        coverPart.put("contrast", round(cover.contrast()));
        coverPart.put("detail", round(cover.detail()));
        var findings = new ArrayList<Map<String, Object>>();
        for (var finding : described.findings()) {
            var part = new LinkedHashMap<String, Object>();
            part.put("key", finding.messageKey());
            part.put("blocking", finding.blocking());
            part.put("arguments", finding.arguments());
            part.put("message", message(finding, language));
            findings.add(part);
        }
        var preflight = new LinkedHashMap<String, Object>();
        preflight.put("verdict", described.verdict());
        preflight.put("findings", findings);
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("format", FORMAT);
        manifest.put("platform", described.platform().name());
        manifest.put("title", described.title());
        manifest.put("description", described.description());
        manifest.put("hashtags", described.hashtags());
        manifest.put("caption", described.caption());
        manifest.put("film", filmPart);
        manifest.put("cover", coverPart);
        manifest.put("preflight", preflight);
        return manifest;
    }

    private String readme(Film film, PublishingPackage described, CoverChoice.Candidate cover, Locale language) {
        var lines = new ArrayList<String>();
        lines.add(words(language, "render.publish.readme.heading", described.title(),
                platformName(described, language)));
        lines.add("");
        lines.add(words(language, "render.publish.readme.title", described.title()));
        lines.add(words(language, "render.publish.readme.description", described.description()));
        lines.add(words(language, "render.publish.readme.hashtags",
                String.join(" ", described.hashtags().stream().map(tag -> "#" + tag).toList())));
        lines.add("");
        lines.add(words(language, "render.publish.readme.caption"));
        lines.add(described.caption());
        lines.add("");
        lines.add(words(language, "render.publish.readme.film", PackageZip.FILM, size(film.preset().width(),
                film.preset().height()), String.format(Locale.ROOT, "%.1f", film.duration().toMillis() / 1000.0)));
        var coverSeconds = String.format(Locale.ROOT, "%.1f", cover.frame() / (double) film.preset().fps());
        lines.add(words(language, "render.publish.readme.cover", PackageZip.COVER,
                size(described.coverWidth(), described.coverHeight()), coverSeconds));
        lines.add("");
        lines.add(words(language, "render.publish.readme.verdict",
                words(language, "render.preflight." + described.verdict())));
        for (var finding : described.findings()) {
            lines.add("- " + message(finding, language));
        }
        lines.add("");
        lines.add(words(language, "render.publish.readme.manifest", PackageZip.MANIFEST));
        return String.join("\n", lines) + "\n";
    }

    private String platformName(PublishingPackage described, Locale language) {
        return words(language, "render.platform." + described.platform().name().toLowerCase(Locale.ROOT));
    }

    private String message(PreflightFinding finding, Locale language) {
        return words(language, finding.messageKey(), finding.arguments().toArray());
    }

    private String words(Locale language, String key, Object... arguments) {
        return translations.translate(language, key, arguments);
    }

    private static String size(int width, int height) {
        return width + "×" + height;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
