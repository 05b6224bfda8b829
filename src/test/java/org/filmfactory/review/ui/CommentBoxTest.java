package org.filmfactory.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.filmfactory.review.Mentionable;
import org.junit.jupiter.api.Test;

/** The comment box as a plain object: @-completion writes the mention form, sending hands over the text. */
class CommentBoxTest {

    static final Mentionable WANG = new Mentionable("6f1c2d3e-0000-4000-8000-000000000001", "Wang Writer", 3);
    static final Mentionable WEI = new Mentionable("6f1c2d3e-0000-4000-8000-000000000002", "Wei 卫", 5);

    final List<String> asked = new ArrayList<>();
    final CommentBox box = new CommentBox("c", "", "Post", "", prefix -> {
        asked.add(prefix);
        return List.of(WANG, WEI).stream().filter(m -> m.name().toLowerCase().startsWith(prefix.toLowerCase()))
                .toList();
    });

    @Test
    void typingAnAtListsMatchingMembersAndChoosingOneWritesTheMention() {
        type("Looks good, @Wa");

        assertThat(asked).containsExactly("Wa");
        assertThat(choices()).containsExactly("@Wang Writer");
        assertThat(suggestions().isVisible()).isTrue();

        choiceButtons().getFirst().click();

        assertThat(text().getValue()).isEqualTo("Looks good, @[Wang Writer](" + WANG.userId() + ") ");
        assertThat(suggestions().isVisible()).isFalse();
        assertThat(choices()).isEmpty();
    }

    @Test
    void aBareAtListsEveryoneAndAChineseNameIsKept() {
        type("@");
        assertThat(choices()).containsExactly("@Wang Writer", "@Wei 卫");

        choiceButtons().get(1).click();

        assertThat(text().getValue()).isEqualTo("@[Wei 卫](" + WEI.userId() + ") ");
    }

    @Test
    void anAtInsideAWordOrAfterTheNameIsNoMention() {
        type("mail wang@example.com");
        type("@Wang Writer said");

        assertThat(asked).isEmpty();
        assertThat(suggestions().isVisible()).isFalse();
    }

    @Test
    void sendingHandsOverTheTextAndKeepsItUntilCleared() {
        var sent = new ArrayList<String>();
        box.addSubmitListener(e -> sent.add(e.text()));
        type("**Darker** here");

        button("c-send").click();

        assertThat(sent).containsExactly("**Darker** here");
        assertThat(text().getValue()).isEqualTo("**Darker** here");
        box.clear();
        assertThat(text().getValue()).isEmpty();
    }

    private void type(String value) {
        text().setValue(value);
    }

    private TextArea text() {
        return (TextArea) box.getChildren().filter(TextArea.class::isInstance).findFirst().orElseThrow();
    }

    private Div suggestions() {
        return (Div) box.getChildren().filter(c -> c.getId().orElse("").equals("c-mentions")).findFirst()
                .orElseThrow();
    }

    private List<Button> choiceButtons() {
        return suggestions().getChildren().map(Button.class::cast).toList();
    }

    private List<String> choices() {
        return choiceButtons().stream().map(Button::getText).toList();
    }

    private Button button(String id) {
        return (Button) box.getChildren().flatMap(c -> c.getChildren()).filter(c -> c.getId().orElse("").equals(id))
                .findFirst().orElseThrow();
    }
}
