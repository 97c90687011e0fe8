package org.lungang.webui.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/**
 * The UI's words from {@code i18n/messages*.properties}: Simplified Chinese first (the planner's language), English
 * a switch away. A missing key shows as {@code !key!} so that it is noticed rather than hidden.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale chosen = isEnglish(locale) ? ENGLISH : CHINESE;
        // The Chinese words are the base bundle; fall back to it, never to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals(ENGLISH.getLanguage());
    }
}
