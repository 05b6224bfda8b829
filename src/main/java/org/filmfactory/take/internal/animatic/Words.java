package org.filmfactory.take.internal.animatic;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The studio's translations, read without Spring, for the words burned into the picture (slate, shot type). */
final class Words {

    private static final String TRANSLATIONS = "vaadin-i18n.translations";

    private final ResourceBundle bundle;
    private final Locale locale;

    Words(Locale language) {
        this.locale = "zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle(TRANSLATIONS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... arguments) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    boolean chinese() {
        return locale.equals(Locale.SIMPLIFIED_CHINESE);
    }
}
