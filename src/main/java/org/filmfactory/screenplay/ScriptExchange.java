package org.filmfactory.screenplay;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.FinalDraft;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.fountain.Paper;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.fountain.ScreenplayPdf;
import org.filmfactory.fountain.ScriptFileRefused;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectSummary;
import org.filmfactory.screenplay.internal.ScriptLoader;
import org.filmfactory.screenplay.internal.VersionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A project's screenplay in and out of the studio as files: Fountain ({@code .fountain}, {@code .txt}) and Final
 * Draft ({@code .fdx}) in; Fountain, Final Draft and a print-ready PDF out.
 *
 * <p>An import is a save: it goes through {@link ScriptEditing#save}, so it needs the right to edit the script, names
 * the revision it replaces and is refused with {@link ScriptChangedMeanwhile} when someone saved since. The text it
 * replaces is kept first as a version in {@link ScriptHistory}, so restoring that version undoes the import. A file
 * that cannot be read is refused ({@link UnreadableScript}, {@link ScriptImportRefused}) before anything changes.
 * Every member may export. Final Draft files are written in and read from Fountain's terms, so exporting and importing
 * again keeps every element, the title page, scene numbers and dual dialogue.
 */
@Service
@Transactional
public class ScriptExchange {

    private static final String FOUNTAIN_TYPE = "text/plain;charset=UTF-8";
    private static final String FDX_TYPE = "application/xml";
    private static final String PDF_TYPE = "application/pdf";

    private final ScriptEditing editing;
    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final ScreenplaySettings settings;
    private final VersionStore versions;
    private final CurrentUser currentUser;

    ScriptExchange(ScriptEditing editing, ProjectAccess access, ProjectManagement projects,
            ScreenplaySettings settings, VersionStore versions, CurrentUser currentUser) {
        this.versions = versions;
        this.currentUser = currentUser;
        this.editing = editing;
        this.access = access;
        this.projects = projects;
        this.settings = settings;
    }

    /** The largest file {@link #importScript} reads ({@code filmfactory.screenplay.max-script-size}). */
    public DataSize maxFileSize() {
        return settings.maxScriptSize();
    }

    /**
     * Replaces the project's script with the file's, as the revision after {@code baseRevision}. The kind of file is
     * told by its name's ending, in any case.
     *
     * @return the script as saved
     * @throws ScriptFormatUnknown for a file name not ending in {@code .fountain}, {@code .txt} or {@code .fdx}
     * @throws UnreadableScript for a file that is too large, or a Fountain file that is not UTF-8 text
     * @throws FinalDraftMalformed for an {@code .fdx} file that is not a well-formed Final Draft document
     * @throws FinalDraftUnsafe for an {@code .fdx} file that declares a document type
     * @throws ScriptChangedMeanwhile when {@code baseRevision} is no longer the current revision
     */
    public ScriptDraft importScript(ProjectId projectId, long baseRevision, String fileName, byte[] bytes) {
        return keepAndSave(projectId, baseRevision, read(projectId, fileName, bytes)).draft();
    }

    /**
     * Replaces the script with the file's, over whatever revision is current: in the co-editor an import is one
     * step every open editor receives, like a paste over everything. The same checks as {@link #importScript(
     * ProjectId, long, String, byte[])}.
     */
    public ScriptDraft importScript(ProjectId projectId, String fileName, byte[] bytes) {
        return importOver(projectId, fileName, bytes).draft();
    }

    /**
     * Like {@link #importScript(ProjectId, String, byte[])}, and says which revision's text the history kept, for
     * telling the person where to find it.
     */
    public ImportedScript importOver(ProjectId projectId, String fileName, byte[] bytes) {
        var text = read(projectId, fileName, bytes);
        return keepAndSave(projectId, editing.open(projectId).revision(), text);
    }

    /** Keeps the text about to be replaced as a version, then saves; a refused save keeps nothing (one transaction). */
    private ImportedScript keepAndSave(ProjectId projectId, long baseRevision, String text) {
        var now = editing.open(projectId);
        Long kept = null;
        if (now.revision() == baseRevision && !now.text().isBlank()
                && !now.text().equals(ScriptLoader.lineFeeds(text))) {
            versions.keepAutomatic(projectId, now.text(), now.revision(), currentUser.requireId().value());
            kept = now.revision();
        }
        return new ImportedScript(editing.save(projectId, baseRevision, text), kept);
    }

    private String read(ProjectId projectId, String fileName, byte[] bytes) {
        access.require(projectId, Permission.EDIT_SCRIPT);
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        long limit = settings.maxScriptSize().toBytes();
        try {
            if (name.endsWith(".fountain") || name.endsWith(".txt")) {
                return FountainReader.decode(bytes, limit);
            } else if (name.endsWith(".fdx")) {
                return FinalDraft.readAsFountain(bytes, limit, dialect(projectId));
            }
        } catch (ScriptFileRefused refused) {
            throw refusal(refused);
        }
        throw new ScriptFormatUnknown(fileName);
    }

    /** The library's refusal as the studio's, with the same message key, so the writer reads it in their language. */
    private UserFacingException refusal(ScriptFileRefused refused) {
        return switch (refused.reason()) {
            case TOO_LARGE -> new ScriptTooLarge(settings.maxScriptSize());
            case NOT_TEXT -> new ScriptNotText();
            case NOT_UTF8 -> new ScriptNotUtf8(refused.line());
            case MALFORMED_FINAL_DRAFT -> new FinalDraftMalformed(refused.line());
            case UNSAFE_FINAL_DRAFT -> new FinalDraftUnsafe();
        };
    }

    /** The script's Fountain text exactly as saved, boneyards and notes included, as UTF-8. */
    @Transactional(readOnly = true)
    public ScriptFile exportFountain(ProjectId projectId) {
        var draft = editing.open(projectId);
        return new ScriptFile(fileName(projects.find(projectId), ".fountain"), FOUNTAIN_TYPE,
                draft.text().getBytes(StandardCharsets.UTF_8));
    }

    /** The script as a Final Draft document, on the paper of the project's language. */
    @Transactional(readOnly = true)
    public ScriptFile exportFdx(ProjectId projectId) {
        var project = projects.find(projectId);
        return new ScriptFile(fileName(project, ".fdx"), FDX_TYPE,
                FinalDraft.write(parse(projectId, project), Paper.of(project.language().locale())));
    }

    /**
     * The script printed in the industry layout: US Letter for English projects, A4 for Chinese ones, with the fonts
     * embedded so that it prints the same everywhere.
     */
    @Transactional(readOnly = true)
    public ScriptFile exportPdf(ProjectId projectId) {
        var project = projects.find(projectId);
        return new ScriptFile(fileName(project, ".pdf"), PDF_TYPE,
                ScreenplayPdf.write(parse(projectId, project), Paper.of(project.language().locale())));
    }

    private ParsedScript parse(ProjectId projectId, ProjectSummary project) {
        return FountainReader.read(editing.open(projectId).text(), Dialect.of(project.language().locale()));
    }

    /** The Fountain dialect the project's script is read in: Chinese for a project written in Chinese. */
    @Transactional(readOnly = true)
    public Dialect dialect(ProjectId projectId) {
        return Dialect.of(projects.find(projectId).language().locale());
    }

    /** The project's name made safe for a file name: letters and digits of any script, words joined by dashes. */
    static String fileName(ProjectSummary project, String extension) {
        String normalized = Normalizer.normalize(project.name(), Normalizer.Form.NFC);
        var name = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < normalized.length() && name.length() < 80; ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (dash && !name.isEmpty()) {
                    name.append('-');
                }
                name.appendCodePoint(Character.toLowerCase(c));
                dash = false;
            } else {
                dash = true;
            }
        }
        return (name.isEmpty() ? "screenplay" : name) + extension;
    }
}
