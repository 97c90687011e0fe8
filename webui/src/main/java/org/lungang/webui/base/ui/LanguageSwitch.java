package org.lungang.webui.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;

/** The button in the header that switches between Chinese and English and remembers the choice (a cookie). */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        super();
        setText(getTranslation("layout.otherLanguage"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        setAriaLabel(getTranslation("layout.switchLanguage"));
        addClickListener(e -> switchLanguage());
    }

    private void switchLanguage() {
        getUI().ifPresent(ui -> {
            var next = Translations.isEnglish(ui.getLocale()) ? Translations.CHINESE : Translations.ENGLISH;
            ui.getSession().setLocale(next);
            if (VaadinService.getCurrentResponse() instanceof VaadinServletResponse response) {
                response.addCookie(LocaleSetup.cookieFor(next));
            }
            ui.getPage().reload();
        });
    }
}
