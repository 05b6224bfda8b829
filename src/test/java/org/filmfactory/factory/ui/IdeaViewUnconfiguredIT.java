package org.filmfactory.factory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.util.Locale;
import java.util.stream.Stream;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.IdeaWriting;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StandaloneUi;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without a chat backend the screen explains which settings to set and offers no button that would pretend. */
@StudioTest
class IdeaViewUnconfiguredIT {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        Actors.signOut();
        UI.setCurrent(null);
    }

    @Test
    void explainsTheSettingsAndOffersNothingElse() {
        var ui = StandaloneUi.create(Locale.ENGLISH);
        Actors.create(context, "Nina Nobackend").signIn();
        var view = new IdeaView(context.getBean(IdeaWriting.class), context.getBean(ProjectManagement.class),
                context.getBeanProvider(Factory.class), context.getBean(Translations.class));
        ui.add(view);

        var explanation = all(view).filter(c -> c.getId().filter("idea-not-configured"::equals).isPresent())
                .findFirst().orElseThrow();
        // A view without a servlet translates through Vaadin's bare provider: the key shows where the text would.
        assertThat(explanation.getElement().getTextRecursively())
                .startsWith(view.getTranslation("factory.idea.not-configured"));
        assertThat(all(explanation).filter(ListItem.class::isInstance).map(c -> ((ListItem) c).getText()))
                .containsExactly("filmfactory.factory.chat.base-url", "filmfactory.factory.chat.model",
                        "filmfactory.factory.chat.api-key", "filmfactory.factory.chat.price-per-thousand-input-tokens",
                        "filmfactory.factory.chat.price-per-thousand-output-tokens");
        assertThat(all(view).filter(Button.class::isInstance)).isEmpty();
    }

    static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(IdeaViewUnconfiguredIT::all));
    }
}
