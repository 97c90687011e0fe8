package org.lungang.webui.base.ui;

import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * Every session starts in Chinese whatever the browser says, unless the user chose English before (a cookie remembers
 * the choice across logins).
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    static final String COOKIE = "lungang-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(chosenLocale(VaadinRequest.getCurrent())));
    }

    static Locale chosenLocale(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest && servletRequest.getCookies() != null) {
            boolean english = Arrays.stream(servletRequest.getCookies())
                    .anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
            if (english) {
                return Translations.ENGLISH;
            }
        }
        return Translations.CHINESE;
    }

    static Cookie cookieFor(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, Translations.isEnglish(locale) ? "en" : "zh");
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        return cookie;
    }
}
