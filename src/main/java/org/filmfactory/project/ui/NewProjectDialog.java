package org.filmfactory.project.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ScriptLanguage;

/** The "new project" form in a dialog. It announces {@link CreateEvent}; the view calls the service. */
class NewProjectDialog extends Dialog {

    final TextField name = new TextField();
    final TextArea logline = new TextArea();
    final Select<ScriptLanguage> language = new Select<>();
    final Select<OutputFormat> format = new Select<>();
    final Button create = new Button();

    NewProjectDialog() {
        setHeaderTitle(getTranslation("project.new"));
        name.setLabel(getTranslation("project.name"));
        name.setId("new-project-name");
        name.setMaxLength(120);
        name.setRequired(true);
        logline.setLabel(getTranslation("project.logline"));
        logline.setId("new-project-logline");
        logline.setMaxLength(500);
        language.setLabel(getTranslation("project.language"));
        language.setItems(ScriptLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.name().toLowerCase(java.util.Locale.ROOT)));
        language.setValue("zh".equals(getLocale().getLanguage()) ? ScriptLanguage.ZH : ScriptLanguage.EN);
        format.setLabel(getTranslation("project.format"));
        format.setItems(OutputFormat.VERTICAL_HD, OutputFormat.HORIZONTAL_HD, OutputFormat.SQUARE);
        format.setValue(OutputFormat.VERTICAL_HD);
        var form = new FormLayout(name, logline, language, format);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        create.setText(getTranslation("project.create"));
        create.setId("new-project-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> fireEvent(new CreateEvent(this)));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }

    NewProject request() {
        return new NewProject(name.getValue(), logline.getValue(), language.getValue(), format.getValue());
    }

    void showError(String field, String message) {
        if ("logline".equals(field)) {
            logline.setErrorMessage(message);
            logline.setInvalid(true);
        } else {
            name.setErrorMessage(message);
            name.setInvalid(true);
        }
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    static final class CreateEvent extends ComponentEvent<NewProjectDialog> {
        CreateEvent(NewProjectDialog source) {
            super(source, false);
        }
    }
}
