package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ScriptDraft;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptTemplate;

/**
 * On an empty script, for those who may write: one click puts a short template in, as a save that every open editor
 * receives. It steps aside as soon as the script has text, whoever wrote it.
 */
class TemplateOffer extends Div {

    private final ProjectId projectId;
    private final ScriptEditing editing;

    TemplateOffer(ProjectId projectId, ScriptEditing editing, ScriptTemplate template, Translations translations) {
        this.projectId = projectId;
        this.editing = editing;
        setId("template-offer");
        addClassName("template-offer");
        var insert = new Button(getTranslation("screenplay.template.insert"), VaadinIcon.FILE_TEXT_O.create(), e -> {
            try {
                template.insert(projectId, editing.open(projectId).revision());
                removeFromParent();
            } catch (UserFacingException refused) {
                Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
                recheck();
            }
        });
        insert.setId("insert-template");
        insert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var hint = new Span(getTranslation("screenplay.template.hint"));
        hint.addClassName("studio-muted");
        add(insert, new Span(" "), hint);
    }

    /** Whether the offer is for this person now: the script is empty and they may write. */
    static boolean offered(ScriptDraft draft) {
        return draft.editable() && draft.text().isBlank();
    }

    /** Steps aside once the script has text. */
    void recheck() {
        if (!offered(editing.open(projectId))) {
            removeFromParent();
        }
    }
}
