package org.filmfactory.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectRole;

/** What a role may do in a project, in plain words, straight from the role's permissions. */
class RoleAbilities extends Div {

    RoleAbilities(ProjectRole role) {
        setId("role-abilities");
        addClassName("role-abilities");
        var list = new UnorderedList();
        for (var permission : Permission.values()) {
            if (role.allows(permission)) {
                list.add(new ListItem(getTranslation("ability." + permission.key())));
            }
        }
        add(new Paragraph(getTranslation("welcome.abilities", getTranslation(role.key()))), list);
    }
}
