package org.filmfactory.factory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.filmfactory.factory.ChatFailed.Reason;
import org.filmfactory.factory.internal.idea.ChatBackend;
import org.filmfactory.factory.internal.idea.ChatSettings;
import org.filmfactory.factory.internal.idea.FountainReply;
import org.filmfactory.factory.internal.idea.IdeaStore;
import org.filmfactory.factory.internal.idea.PromptBook;
import org.filmfactory.factory.internal.idea.ScriptCheck;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.ActingMember;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptExchange;
import org.filmfactory.screenplay.ScriptHistory;
import org.filmfactory.take.GenerationBudget;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * "New film from an idea": a screenplay written by the configured chat backend into a project, as a normal script
 * the crew then co-edits. Writing needs {@code EDIT_SCRIPT} (owners and writers); the call is admitted under the
 * project's generation budget first and its cost (at the configured per-token prices) is recorded against it.
 *
 * <p>The answer is checked before anything changes: a complete reply (not cut off at the token limit, not filtered,
 * not empty), a screenplay with scenes, in the language asked for and of about the length asked for ({@link
 * ScriptCheck}). Only then does the text replace the project's script, in one save every open editor receives (the
 * text it replaces is kept as an automatic version), and becomes a named version with the model, tokens and cost
 * recorded beside it. Any failure leaves the script as it was.
 *
 * <p>No transaction is held while the backend writes (a minute or more); each step brings its own.
 */
@Service
public class IdeaWriting {

    public static final Duration MIN_LENGTH = Duration.ofSeconds(15);
    public static final Duration MAX_LENGTH = Duration.ofMinutes(3);
    public static final int MAX_LOGLINE = 500;
    public static final int MAX_TONE = 200;
    /** The settings that configure the chat backend, as the "not configured" explanation names them. */
    public static final List<String> SETTINGS = List.of("filmfactory.factory.chat.base-url",
            "filmfactory.factory.chat.model", "filmfactory.factory.chat.api-key",
            "filmfactory.factory.chat.price-per-thousand-input-tokens",
            "filmfactory.factory.chat.price-per-thousand-output-tokens");
    /** The name the calls go under in the project's generation usage. */
    static final String BACKEND_ID = "chat";
    private static final Logger LOG = LoggerFactory.getLogger(IdeaWriting.class);
    /** A rough count of tokens per character of prompt, for the budget's estimate before the call. */
    private static final int CHARACTERS_PER_TOKEN = 3;

    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final ScriptExchange exchange;
    private final ScriptHistory history;
    private final IdeaStore store;
    private final ChatBackend chat;
    private final ChatSettings settings;
    private final GenerationBudget budget;
    private final Translations translations;
    private final Clock clock;

    IdeaWriting(ProjectAccess access, ProjectManagement projects, ScriptExchange exchange, ScriptHistory history,
            IdeaStore store, ChatBackend chat, ChatSettings settings, GenerationBudget budget,
            Translations translations, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.exchange = exchange;
        this.history = history;
        this.store = store;
        this.chat = chat;
        this.settings = settings;
        this.budget = budget;
        this.translations = translations;
        this.clock = clock;
    }

    /** Whether a chat backend is configured; without one every write is refused with {@link ChatNotConfigured}. */
    public boolean available() {
        return chat.configured();
    }

    /** The studio's templates for a screenplay in {@code language}, as a new project starts with. */
    public PromptTemplates defaultTemplates(ScriptLanguage language) {
        return PromptBook.defaults(language);
    }

    /** The templates the project writes with: its writers' edited ones, or the defaults for its language. */
    public PromptTemplates templates(ProjectId project) {
        access.require(project, Permission.VIEW);
        return store.templates(project).orElseGet(() -> PromptBook.defaults(projects.find(project).language()));
    }

    /**
     * Keeps edited templates for the project; owners and writers may.
     *
     * @throws IdeaRefused when one is empty or longer than {@link PromptTemplates#MAX_LENGTH}; nothing is kept
     */
    public PromptTemplates saveTemplates(ProjectId project, String system, String user) {
        var member = access.requireMember(project, Permission.EDIT_SCRIPT);
        var checkedSystem = checkTemplate("system", system);
        var checkedUser = checkTemplate("user", user);
        store.saveTemplates(project, checkedSystem, checkedUser, member.displayName(), clock.instant());
        return new PromptTemplates(checkedSystem, checkedUser, true);
    }

    /** Goes back to the studio's templates for the project's language. */
    public PromptTemplates resetTemplates(ProjectId project) {
        access.require(project, Permission.EDIT_SCRIPT);
        store.resetTemplates(project);
        return PromptBook.defaults(projects.find(project).language());
    }

    /** The screenplays written into the project, newest first, with what each used and cost. */
    public List<WrittenScript> written(ProjectId project) {
        access.require(project, Permission.VIEW);
        return store.written(project);
    }

    /**
     * Writes a screenplay for {@code idea} into an existing project, replacing its script. Blocks while the backend
     * writes (up to {@code filmfactory.factory.chat.timeout}).
     *
     * @throws IdeaRefused when the idea is out of bounds or not in the project's language
     * @throws ChatNotConfigured when no backend is configured
     * @throws ChatFailed when the backend gave no usable answer
     * @throws WrittenScriptUnfit when its answer is not the screenplay asked for
     * @throws org.filmfactory.platform.UserFacingException {@code take.budget-reached.*} when the budget is spent
     */
    public WrittenScript write(ProjectId project, Idea idea) {
        return write(project, idea, cost -> { });
    }

    /**
     * As {@link #write(ProjectId, Idea)}, and tells {@code charged} what the call cost as soon as the backend
     * answered, also when its answer is then refused (the call is paid for all the same).
     */
    public WrittenScript write(ProjectId project, Idea idea, Consumer<BigDecimal> charged) {
        var member = access.requireMember(project, Permission.EDIT_SCRIPT);
        check(idea);
        var language = projects.find(project).language();
        if (language != idea.language()) {
            throw new IdeaRefused("language", "factory.idea.error.language-mismatch");
        }
        if (!chat.configured()) {
            throw new ChatNotConfigured();
        }
        var templates = store.templates(project).orElseGet(() -> PromptBook.defaults(language));
        return write(project, member, idea, templates, charged);
    }

    /**
     * Starts a project for the idea (the signed-in person its owner, the format vertical) and writes its screenplay
     * into it. When writing fails the new project is deleted again, so a failed try leaves nothing behind.
     *
     * @param name the project's name; empty: the start of the logline
     * @param templates templates to keep with the new project before writing; null: the defaults
     * @throws IdeaRefused, ChatNotConfigured, ChatFailed, WrittenScriptUnfit as {@link #write(ProjectId, Idea)}
     */
    public WrittenScript writeNewFilm(String name, Idea idea, @Nullable PromptTemplates templates) {
        check(idea);
        if (templates != null) {
            checkTemplate("system", templates.system());
            checkTemplate("user", templates.user());
        }
        if (!chat.configured()) {
            throw new ChatNotConfigured();
        }
        var title = name.isBlank() ? title(idea.logline()) : name;
        var project = projects.create(new NewProject(title, idea.logline(), idea.language(),
                OutputFormat.VERTICAL_HD));
        try {
            var defaults = PromptBook.defaults(idea.language());
            if (templates != null && !(templates.system().strip().equals(defaults.system())
                    && templates.user().strip().equals(defaults.user()))) {
                saveTemplates(project, templates.system(), templates.user());
            }
            return write(project, idea);
        } catch (RuntimeException failed) {
            projects.delete(project);
            throw failed;
        }
    }

    private WrittenScript write(ProjectId project, ActingMember member, Idea idea, PromptTemplates templates,
            Consumer<BigDecimal> charged) {
        var messages = PromptBook.messages(templates, idea);
        int maxTokens = settings.maxTokens();
        long promptChars = messages.stream().mapToLong(m -> m.content().length()).sum();
        var estimate = settings.cost(promptChars / CHARACTERS_PER_TOKEN + 1, maxTokens);
        var hold = budget.admit(project, member, BACKEND_ID, "idea", estimate);
        ChatBackend.Reply reply = null;
        try {
            reply = chat.complete(messages, maxTokens);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatFailed(Reason.TIMEOUT, settings.timeout().toSeconds());
        } finally {
            budget.settle(hold, 1, reply == null ? BigDecimal.ZERO
                    : settings.cost(reply.promptTokens(), reply.completionTokens()));
        }
        var cost = settings.cost(reply.promptTokens(), reply.completionTokens());
        charged.accept(cost);
        LOG.info("Chat backend wrote for project {}: model {}, {} + {} tokens, finish {}", project, reply.model(),
                reply.promptTokens(), reply.completionTokens(), reply.finishReason());
        if (reply.refusal() != null || "content_filter".equals(reply.finishReason())) {
            throw new ChatFailed(Reason.FILTERED, reply.refusal() == null ? "" : reply.refusal());
        }
        if ("length".equals(reply.finishReason())) {
            throw new ChatFailed(Reason.TRUNCATED, maxTokens);
        }
        var text = FountainReply.extract(reply.content());
        if (text.isBlank()) {
            throw new ChatFailed(Reason.EMPTY);
        }
        var estimated = ScriptCheck.check(text, idea.language(), idea.length());
        var saved = exchange.importOver(project, "idea.fountain", text.getBytes(StandardCharsets.UTF_8));
        var model = reply.model().isBlank() ? settings.model() : reply.model();
        var version = history.name(project, versionName(idea.language(), model));
        var written = new WrittenScript(project, saved.draft().revision(), version.id(), model, reply.promptTokens(),
                reply.completionTokens(), cost, estimated, idea.length(), member.displayName(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.keep(written, idea);
        return written;
    }

    private String versionName(ScriptLanguage language, String model) {
        var name = translations.translate(language.locale(), "factory.idea.version-name",
                model.isBlank() ? "?" : model).replaceAll("\\s+", " ").strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static void check(Idea idea) {
        var logline = idea.logline().strip();
        if (logline.isEmpty() || logline.length() > MAX_LOGLINE
                || logline.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new IdeaRefused("logline", "factory.idea.error.logline", MAX_LOGLINE);
        }
        if (idea.length().compareTo(MIN_LENGTH) < 0 || idea.length().compareTo(MAX_LENGTH) > 0) {
            throw new IdeaRefused("length", "factory.idea.error.length-range", MIN_LENGTH.toSeconds(),
                    MAX_LENGTH.toSeconds());
        }
        if (idea.tone().strip().length() > MAX_TONE) {
            throw new IdeaRefused("tone", "factory.idea.error.tone", MAX_TONE);
        }
    }

    private static String checkTemplate(String field, String template) {
        var text = template.strip();
        if (text.isEmpty() || text.length() > PromptTemplates.MAX_LENGTH) {
            throw new IdeaRefused(field, "factory.idea.error.template", PromptTemplates.MAX_LENGTH);
        }
        return text;
    }

    /** A project name from a logline: its first line, cut at a word within 60 characters. */
    static String title(String logline) {
        var line = logline.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= 60) {
            return line;
        }
        int cut = line.lastIndexOf(' ', 60);
        return (cut > 20 ? line.substring(0, cut) : line.substring(0, 60)).strip() + "…";
    }
}
