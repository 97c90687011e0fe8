package org.lungang.webui.account.ui;

import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.security.ApiToken;
import org.lungang.webui.security.ApiTokenService;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * The user's API tokens for scripts: create one (its secret is shown once, here), see when each was last used, revoke
 * it. A script then sends {@code Authorization: Bearer <token>} instead of a password with every call.
 */
@Route(value = "tokens", layout = MainLayout.class)
@PageTitle("接口令牌 · Lungang")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();
    private final TextField secret = new TextField();

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setSizeFull();

        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setPlaceholder(getTranslation("tokens.namePlaceholder"));
        name.setMaxLength(100);
        Button create = new Button(getTranslation("tokens.create"), e -> {
            ApiTokenService.NewToken created = tokens.create(name.getValue());
            name.clear();
            secret.setValue(created.secret());
            secret.setVisible(true);
            refresh();
        });
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setLabel(getTranslation("tokens.secret"));
        secret.setHelperText(getTranslation("tokens.secretHelp"));
        secret.setVisible(false);

        grid.setId("token-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ApiToken::getName).setHeader(getTranslation("tokens.name")).setAutoWidth(true);
        grid.addColumn(t -> t.getTokenPrefix() + "…").setHeader(getTranslation("tokens.prefix")).setAutoWidth(true);
        grid.addColumn(t -> time(t.getCreatedAt())).setHeader(getTranslation("tokens.created")).setAutoWidth(true);
        grid.addColumn(t -> time(t.getLastUsedAt())).setHeader(getTranslation("tokens.lastUsed")).setAutoWidth(true);
        grid.addComponentColumn(this::stateOrRevoke).setKey("state").setHeader(getTranslation("tokens.state")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("tokens.empty"));

        add(new H3(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), form, secret, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Component stateOrRevoke(ApiToken token) {
        if (token.isRevoked()) {
            return new Span(getTranslation("tokens.revokedAt", time(token.getRevokedAt())));
        }
        Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
            tokens.revoke(token.getId());
            refresh();
        });
        revoke.setId("token-revoke-" + token.getId());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String time(Instant instant) {
        return instant == null ? "–" : Words.time(instant);
    }
}
