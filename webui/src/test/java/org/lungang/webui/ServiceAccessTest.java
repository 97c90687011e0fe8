package org.lungang.webui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lungang.webui.audit.AuditService;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The role checks on the service methods themselves, which the Vaadin views call directly (no URL rule stands
 * between): {@code @ViewerRead}, {@code @PlannerChange}, {@code @AdminRead} and {@code @AdminChange} hold.
 */
class ServiceAccessTest extends ApiTest {

    @Autowired
    DatasetService datasets;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static void logIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.toLowerCase(), null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @Test
    void aViewerReadsButDoesNotChange() {
        logIn("VIEWER");
        assertThat(datasets.list()).isNotNull();
        assertThatThrownBy(() -> datasets.delete(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPlannerChangesButDoesNotManageUsers() {
        logIn("PLANNER");
        assertThatThrownBy(() -> datasets.delete(Long.MAX_VALUE))
                .isNotInstanceOf(AccessDeniedException.class); // past the check: there is no such dataset
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.delete(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorManagesUsers() {
        logIn("ADMIN");
        assertThat(users.list()).isNotEmpty();
        assertThat(audit.latest(1)).isNotNull();
    }
}
