package org.filmfactory.take.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.take.internal.settings.GenerationSetup;
import org.filmfactory.take.internal.settings.InvalidGenerationSetting;
import org.filmfactory.take.internal.settings.MemberUsage;
import org.filmfactory.take.internal.settings.UsageReport;
import org.jspecify.annotations.Nullable;

/**
 * The project's generation settings, for its owner: which generator makes the takes, the AI backends' addresses,
 * models, keys and prices, the style line every prompt starts with, the budget, and what each member's generations
 * used and cost. Anyone else who opens it is told that only owners may and sent back (the service refuses them
 * anyway).
 */
@Route(value = GenerationSettingsView.PATH, layout = ProjectShell.class)
@PermitAll
class GenerationSettingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "generation";

    private final GenerationSetup setup;
    private final Translations translations;
    private final Div formSlot = new Div();
    private final Paragraph spent = new Paragraph();
    private final Grid<MemberUsage> usage = new Grid<>();
    private @Nullable GenerationSettingsForm form;
    private @Nullable ProjectId projectId;

    GenerationSettingsView(GenerationSetup setup, Translations translations) {
        this.setup = setup;
        this.translations = translations;
        setId("generation-settings");
        addClassNames("studio-page", "generation-settings");
        spent.setId("generation-spent");
        usage.setId("generation-usage");
        usage.setAllRowsVisible(true);
        add(formSlot);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            projectId = id;
            var view = setup.show(id);
            var locale = getLocale();
            removeAll();
            var form = new GenerationSettingsForm(translations, locale);
            this.form = form;
            form.show(view);
            form.addSaveListener(save -> save(id, form, save.change()));
            usageColumns(locale);
            add(new H2(text("take.settings.title")), new Paragraph(text("take.settings.intro")), form,
                    new H3(text("take.settings.usage")), spent, usage);
            showUsage(setup.usage(id));
        } catch (UserFacingException refused) {
            Notices.error(text(refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    private void save(ProjectId id, GenerationSettingsForm form,
            org.filmfactory.take.internal.settings.GenerationSetupChange change) {
        try {
            setup.save(id, change);
            form.show(setup.show(id));
            showUsage(setup.usage(id));
            Notices.success(text("take.settings.saved"));
        } catch (InvalidGenerationSetting problem) {
            form.showProblem(problem);
        } catch (UserFacingException refused) {
            Notices.error(text(refused.messageKey(), refused.arguments()));
        }
    }

    private void usageColumns(Locale locale) {
        usage.removeAllColumns();
        usage.addColumn(MemberUsage::memberName).setHeader(text("take.settings.usage.member")).setFlexGrow(2);
        usage.addColumn(MemberUsage::generations).setHeader(text("take.settings.usage.generations"));
        usage.addColumn(MemberUsage::requests).setHeader(text("take.settings.usage.requests"));
        usage.addColumn(MemberUsage::images).setHeader(text("take.settings.usage.images"));
        usage.addColumn(m -> String.format(locale, "%.1f", m.video().toMillis() / 1000.0))
                .setHeader(text("take.settings.usage.seconds"));
        usage.addColumn(m -> money(m.cost())).setHeader(text("take.settings.usage.cost"));
    }

    private void showUsage(UsageReport report) {
        var budget = report.budget();
        spent.setText(budget == null
                ? text("take.settings.spent", money(report.spent()), report.currency(), text(report.period().key()))
                : text("take.settings.spent-of", money(report.spent()), money(budget), report.currency(),
                        text(report.period().key())));
        usage.setItems(report.members());
    }

    private static String money(BigDecimal amount) {
        var scale = Math.max(2, Math.min(4, amount.stripTrailingZeros().scale()));
        return amount.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private String text(String key, Object... arguments) {
        return translations.translate(getLocale(), key, arguments);
    }

    @Override
    public String getPageTitle() {
        return text("take.settings.title");
    }

    /** For tests: the form on screen. */
    @Nullable GenerationSettingsForm form() {
        return form;
    }

    @Nullable ProjectId projectId() {
        return projectId;
    }
}
