package org.lungang.webui.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The only view open to anyone: the login form, posting to Spring Security's form login. */
@Route("login")
@PageTitle("登录 · Lungang")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form words = i18n.getForm();
        words.setTitle(getTranslation("login.title"));
        words.setUsername(getTranslation("login.username"));
        words.setPassword(getTranslation("login.password"));
        words.setSubmit(getTranslation("login.submit"));
        words.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.errorTitle"));
        error.setMessage(getTranslation("login.errorMessage"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        H1 title = new H1(getTranslation("app.title"));
        Div subtitle = new Div(getTranslation("login.subtitle"));
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(title, subtitle, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
