package org.lungang.webui.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: server push (the solver's progress reaches the browser while it runs) and the Lumo theme. */
@Push
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("轮岗 Lungang");
    }
}
