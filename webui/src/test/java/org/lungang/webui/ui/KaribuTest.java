package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.workspace.Workspace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browserless view tests (Karibu-Testing): the whole Spring application on a fresh database, the Vaadin
 * UI mocked in the test's JVM with Spring's beans injected into views, and a logged-in user (a planner unless a test
 * logs in as a viewer).
 */
@SpringBootTest
abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    protected DatasetService datasets;
    @Autowired
    protected ScenarioService scenarios;

    protected Scenario scenario;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("lungang-ui-test-");
        registry.add("lungang.data-dir", dir::toString);
        registry.add("lungang.admin.password", () -> "password-123");
        registry.add("lungang.demo.enabled", () -> "false");
        registry.add("lungang.security.bcrypt-strength", () -> "4");
        // The binding rules of a poor what-if result: one short re-solve per rule is enough to show them.
        registry.add("lungang.whatif.binding-time-per-solve", () -> "PT1S");
    }

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.lungang.webui");
    }

    @BeforeEach
    void setUpVaadin() {
        scenario = UiFixture.demoCounty(datasets, scenarios);
        loginAs("PLANNER");
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        loginAs("PLANNER");
        choose(scenario);
    }

    /** Makes the scenario the one the session works on, as the scenario box in the header does. */
    protected void choose(Scenario chosen) {
        context.getBean(Workspace.class).choose(chosen.getId());
    }

    /**
     * Logs in with one role: in Spring Security (the services check it) and on the mocked HTTP request (the views'
     * access control reads its principal and roles).
     */
    protected static void loginAs(String role) {
        Authentication user = UsernamePasswordAuthenticationToken.authenticated(role.toLowerCase(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        SecurityContextHolder.getContext().setAuthentication(user);
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && request.getRequest() instanceof FakeRequest fake) {
            fake.setUserPrincipalInt(user);
            fake.setUserInRole((principal, name) -> name.equals(role));
        }
    }

    /**
     * Clicks as the browser does: an exception thrown by the button's listener ends in the session's error handler,
     * as Flow's request handling passes it on (Karibu's {@code _click} alone throws it at the test).
     */
    protected static void clickInBrowser(Button button) {
        try {
            _click(button);
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
