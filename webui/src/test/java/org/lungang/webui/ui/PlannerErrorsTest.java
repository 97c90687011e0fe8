package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.ui.PlannerErrors;
import org.springframework.beans.factory.annotation.Autowired;

/** Errors of the UI end in one handler that tells the planner in her language and keeps the rest for the log. */
class PlannerErrorsTest extends KaribuTest {

    @Autowired
    private PlannerErrors errors;

    private static String shown() {
        List<Notification> notifications = NotificationsKt.getNotifications();
        assertThat(notifications).hasSize(1);
        return notifications.get(0).getElement().getProperty("text");
    }

    @Test
    void everySessionEndsItsErrorsInTheOneHandler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isSameAs(errors);
    }

    @Test
    void aRefusedRequestShowsTheReasonAfterAChineseHeading() {
        errors.show(new InvalidRequestException("name", "A scenario needs a name"));

        assertThat(shown()).isEqualTo("未能执行：A scenario needs a name");
    }

    @Test
    void anUnexpectedErrorShowsAReferenceButNotItsText() {
        errors.show(new IllegalStateException("could not execute statement [insert into scenario ...]"));

        assertThat(shown()).startsWith("出现意外错误").contains("编号").doesNotContain("statement");
    }

    @Test
    void theMessageFollowsTheLanguageOfTheUi() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);

        errors.show(new InvalidRequestException("name", "A scenario needs a name"));

        assertThat(shown()).isEqualTo("Not done: A scenario needs a name");
    }

    @Test
    void aScenarioWithoutANameIsRefusedWithAChineseHeading() {
        UI.getCurrent().navigate("scenarios");

        clickInBrowser(_get(Button.class, spec -> spec.withId("scenario-create")));

        assertThat(shown()).startsWith("未能执行：").contains("name");
    }
}
