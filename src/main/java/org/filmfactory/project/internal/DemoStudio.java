package org.filmfactory.project.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.filmfactory.account.NewAccount;
import org.filmfactory.account.Registration;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectCreated;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start of an empty database, a demo studio: one account per role and two projects, one in English
 * and one in Chinese, with everyone on both crews. The sign-in details go to the log (and README). When several
 * nodes start at once, the first one to commit wins and the others skip. It is on for the embedded quick start and
 * off by default with the {@code postgres} profile; on with any other database it warns loudly at every start, as its
 * accounts share a published password.
 */
@Component
class DemoStudio implements ApplicationRunner {

    static final String DOMAIN = "@example.com";
    private static final Logger log = LoggerFactory.getLogger(DemoStudio.class);

    private final DemoSettings settings;
    private final Registration registration;
    private final UserDirectory directory;
    private final Projects projects;
    private final Memberships memberships;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Environment environment;

    DemoStudio(DemoSettings settings, Registration registration, UserDirectory directory, Projects projects,
            Memberships memberships, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
            Environment environment) {
        this.environment = environment;
        this.settings = settings;
        this.registration = registration;
        this.directory = directory;
        this.projects = projects;
        this.memberships = memberships;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    record DemoPerson(String login, String name, ProjectRole role, Locale locale) {
    }

    static final List<DemoPerson> CREW = List.of(
            new DemoPerson("owner", "Olivia Owner", ProjectRole.OWNER, Translations.ENGLISH),
            new DemoPerson("writer", "王文 Wang Wen", ProjectRole.WRITER, Translations.CHINESE),
            new DemoPerson("director", "Dario Director", ProjectRole.DIRECTOR, Translations.ENGLISH),
            new DemoPerson("editor", "Emma Editor", ProjectRole.EDITOR, Translations.ENGLISH),
            new DemoPerson("viewer", "李观 Li Guan", ProjectRole.VIEWER, Translations.CHINESE));

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        var database = environment.getProperty("spring.datasource.url", "");
        if (!embedded(database)) {
            // Issue 9: on a shared database the demo's known password opens a real studio.
            log.warn("""

                    ************************************************************************************************
                    THE DEMO STUDIO IS ON with the database {}.
                    Its accounts share one published password: anyone who can reach this studio can sign in as an
                    owner. Set filmfactory.demo.enabled=false (FILMFACTORY_DEMO_ENABLED=false) and delete the
                    demo accounts unless this is a throw-away studio.
                    ************************************************************************************************""",
                    withoutParameters(database));
        }
        if (directory.findByEmail(CREW.getFirst().login() + DOMAIN).isPresent()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> createStudio());
        } catch (DataIntegrityViolationException e) {
            log.info("Demo studio already created by another node");
            return;
        }
        var accounts = new StringBuilder();
        CREW.forEach(p -> accounts.append(String.format("%n    %-9s %-22s password: %s", p.role().name().toLowerCase(Locale.ROOT),
                p.login() + DOMAIN, settings.password())));
        log.info("Demo studio created with projects 'Rain City' and '茶馆 The Teahouse'. Sign in as:{}", accounts);
    }

    /** An H2 database in this process (a file or memory), as the quick start uses; not an H2 server. */
    static boolean embedded(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    /** The URL without its parameters, which may carry a password. */
    private static String withoutParameters(String url) {
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return url.substring(0, end);
    }

    private void createStudio() {
        var ids = CREW.stream().map(p -> registration.create(new NewAccount(p.login() + DOMAIN, p.name(),
                settings.password(), p.locale()))).toList();
        project("Rain City", "A courier races the monsoon to deliver a letter that must not arrive.",
                ScriptLanguage.EN, ids);
        project("茶馆 The Teahouse", "清晨的茶馆里，一封旧信让两位老友重逢。", ScriptLanguage.ZH, ids);
    }

    private void project(String name, String logline, ScriptLanguage language, List<UserId> crew) {
        var id = UUID.randomUUID();
        var now = clock.instant();
        projects.save(new Project(id, name, logline, language, OutputFormat.VERTICAL_HD, crew.getFirst().value(), now));
        for (int i = 0; i < crew.size(); i++) {
            memberships.save(new Membership(id, crew.get(i).value(), CREW.get(i).role(), now));
        }
        // Other modules hear of the demo project like of any other, and add their demo material (the script).
        events.publishEvent(new ProjectCreated(new ProjectId(id), crew.getFirst(), name, language, true));
    }
}
