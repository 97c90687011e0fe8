package org.lungang.webui.security.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.lungang.webui.security.UserRole;
import org.springframework.stereotype.Component;

/** Whether the user may act (plan) or only look: viewers see every view, planners and administrators act. */
@Component
public class Permissions {

    private final AuthenticationContext authentication;

    Permissions(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public boolean canPlan() {
        return authentication.hasAnyRole(UserRole.PLANNER.name(), UserRole.ADMIN.name());
    }

    public String username() {
        return authentication.getPrincipalName().orElse("");
    }

    public void logout() {
        authentication.logout();
    }
}
