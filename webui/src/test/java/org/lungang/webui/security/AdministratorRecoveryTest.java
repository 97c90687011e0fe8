package org.lungang.webui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lungang.webui.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** With no enabled administrator left (a database edited by hand), the start-up setup makes one again. */
class AdministratorRecoveryTest extends ApiTest {

    @Autowired
    UserService users;
    @Autowired
    AppUserRepository repository;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAdministratorIsRestoredWhenNoneIsLeftEnabled() throws Exception {
        transactions.executeWithoutResult(tx -> repository.findByUsername(ADMIN).orElseThrow().setEnabled(false));

        UserService.AdminSetup done = users.ensureAdministrator(ADMIN, PASSWORD);

        assertThat(done).isEqualTo(UserService.AdminSetup.RESTORED);
        mvc.perform(as(ADMIN, get("/api/users"))).andExpect(status().isOk());
    }

    @Test
    void nothingChangesWhileAnAdministratorIsEnabled() {
        assertThat(users.ensureAdministrator("someone-else", PASSWORD)).isEqualTo(UserService.AdminSetup.NONE);
    }
}
