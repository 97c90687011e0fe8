package org.lungang.webui.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.lungang.webui.security.ApiToken;
import org.lungang.webui.security.ApiTokenService;
import org.lungang.webui.security.UserRole;
import org.lungang.webui.security.UserService;

class ApiTokensViewTest extends KaribuTest {

    @Autowired
    UserService users;
    @Autowired
    ApiTokenService tokens;

    /** The tokens belong to a stored user: the Karibu login names one that must exist. */
    @BeforeEach
    void storedPlanner() {
        loginAs("ADMIN");
        if (users.list().stream().noneMatch(u -> u.getUsername().equals("planner"))) {
            users.create("planner", "county rotation 2026 list", UserRole.PLANNER);
        }
        loginAs("PLANNER");
    }

    @Test
    void aCreatedTokenIsShownOnceAndListedWithoutItsSecret() {
        UI.getCurrent().navigate("tokens");

        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "nightly export");
        _click(_get(Button.class, spec -> spec.withId("token-create")));

        String secret = _get(TextField.class, spec -> spec.withId("token-secret")).getValue();
        assertThat(secret).startsWith("lgt_");
        @SuppressWarnings("unchecked")
        Grid<ApiToken> grid = _get(Grid.class, spec -> spec.withId("token-grid"));
        ApiToken listed = GridKt._get(grid, 0);
        assertThat(listed.getName()).isEqualTo("nightly export");
        assertThat(secret).startsWith(listed.getTokenPrefix()).isNotEqualTo(listed.getTokenPrefix());
    }

    @Test
    void revokingATokenInTheListMarksItRevoked() {
        ApiTokenService.NewToken created = tokens.create("to revoke");
        UI.getCurrent().navigate("tokens");
        @SuppressWarnings("unchecked")
        Grid<ApiToken> grid = _get(Grid.class, spec -> spec.withId("token-grid"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).getId().equals(created.token().getId())).findFirst().orElseThrow();

        _click((Button) GridKt._getCellComponent(grid, row, "state"));

        assertThat(tokens.mine()).filteredOn(t -> t.getId().equals(created.token().getId()))
                .singleElement().satisfies(t -> assertThat(t.isRevoked()).isTrue());
    }
}
