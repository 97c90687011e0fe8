package org.lungang.webui.base.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.lungang.data.InvalidInputException;
import org.lungang.webui.base.ConflictException;
import org.lungang.webui.base.InvalidRequestException;
import org.lungang.webui.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place where the UI's errors end: whatever a view's action throws is shown to the planner as a notification
 * in her language (what went wrong and, for a refused request, the reason the service gave), and logged. An error the
 * application did not expect shows a reference to quote, and its stack trace goes to the log only.
 */
@Component
public class PlannerErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PlannerErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        show(event.getThrowable());
    }

    /** Shows the error to the user of the current UI (if any) and logs it. */
    public void show(Throwable error) {
        String text = message(error);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification.show(text, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The planner's words for an error; logs it (with the stack trace when the application did not expect it). */
    String message(Throwable error) {
        Throwable known = known(error);
        if (known instanceof InvalidInputException e) {
            LOG.info("Refused input: {}", e.getMessage());
            return tr("error.invalidInput", e.getErrors().size(), e.getErrors().get(0).message());
        }
        if (known instanceof InvalidRequestException e) {
            LOG.info("Refused request ({}): {}", e.field(), e.getMessage());
            return tr("error.invalid", e.getMessage());
        }
        if (known instanceof ConflictException e) {
            LOG.info("Conflict: {}", e.getMessage());
            return tr("error.conflict", e.getMessage());
        }
        if (known instanceof NotFoundException e) {
            LOG.info("Not found: {}", e.getMessage());
            return tr("error.notFound");
        }
        if (known instanceof AccessDeniedException) {
            LOG.info("Access denied", error);
            return tr("error.denied");
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error in the UI, reference {}", reference, error);
        return tr("error.unexpected", reference);
    }

    /** The first error in the chain that a planner can be told about, or null. */
    private static Throwable known(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof InvalidRequestException
                    || t instanceof ConflictException || t instanceof NotFoundException
                    || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return null;
    }

    private static String tr(String key, Object... params) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, params);
    }
}
