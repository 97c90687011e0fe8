package org.lungang.webui.workspace.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import jakarta.annotation.security.PermitAll;
import org.lungang.webui.base.ui.LanguageSwitch;
import org.lungang.webui.dataset.Dataset;
import org.lungang.webui.dataset.DatasetService;
import org.lungang.webui.scenario.Scenario;
import org.lungang.webui.scenario.ScenarioService;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;

/**
 * The frame around every view: the menu, the scenario being worked on (every view shows its plan), the language
 * switch and the user with a logout button.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The menu: route, message key and icon of each view. */
    private record Entry(String route, String key, VaadinIcon icon) {
    }

    private static final List<Entry> MENU = List.of(
            new Entry("", "nav.overview", VaadinIcon.DASHBOARD),
            new Entry("plan", "nav.plan", VaadinIcon.EXCHANGE),
            new Entry("versions", "nav.versions", VaadinIcon.TIME_BACKWARD),
            new Entry("schools", "nav.schools", VaadinIcon.ACADEMY_CAP),
            new Entry("teachers", "nav.teachers", VaadinIcon.USERS),
            new Entry("map", "nav.map", VaadinIcon.MAP_MARKER),
            new Entry("decisions", "nav.decisions", VaadinIcon.LOCK),
            new Entry("scenarios", "nav.scenarios", VaadinIcon.SPLIT),
            new Entry("school-years", "nav.schoolYears", VaadinIcon.CALENDAR_CLOCK),
            new Entry("horizon", "nav.horizon", VaadinIcon.TRENDING_UP),
            new Entry("import-export", "nav.importExport", VaadinIcon.FILE_TABLE),
            new Entry("province", "nav.province", VaadinIcon.GLOBE),
            new Entry("tokens", "nav.tokens", VaadinIcon.KEY));

    private final Workspace workspace;
    private final ScenarioService scenarios;
    private final DatasetService datasets;
    private final ComboBox<Scenario> scenarioBox = new ComboBox<>();
    private final Div bannerSlot = new Div();

    public MainLayout(Workspace workspace, ScenarioService scenarios, DatasetService datasets,
            Permissions permissions) {
        this.workspace = workspace;
        this.scenarios = scenarios;
        this.datasets = datasets;

        Span title = new Span(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");

        scenarioBox.setAriaLabel(getTranslation("layout.scenario"));
        scenarioBox.setPlaceholder(getTranslation("layout.scenario"));
        scenarioBox.setWidth("22em");
        scenarioBox.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                workspace.choose(e.getValue().getId());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });

        LanguageSwitch language = new LanguageSwitch();

        Span user = new Span(permissions.username() + " · "
                + getTranslation(permissions.canPlan() ? "layout.rolePlanner" : "layout.roleViewer"));
        user.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> permissions.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Span spacer = new Span();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, scenarioBox, spacer, language, user,
                logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(spacer);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        bannerSlot.setWidthFull();
        VerticalLayout navbar = new VerticalLayout(header, bannerSlot);
        navbar.setPadding(false);
        navbar.setSpacing(false);
        navbar.setWidthFull();
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (Entry entry : MENU) {
            nav.addItem(new SideNavItem(getTranslation(entry.key()), "/" + entry.route(), entry.icon().create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Map<Long, Dataset> byId = datasets.list().stream()
                .collect(Collectors.toMap(Dataset::getId, Function.identity()));
        List<Scenario> all = scenarios.list(null).stream()
                .sorted(Comparator.comparing(Scenario::getDatasetId).thenComparing(Scenario::getId)).toList();
        scenarioBox.setItems(all);
        scenarioBox.setItemLabelGenerator(s -> {
            Dataset d = byId.get(s.getDatasetId());
            return (d == null ? "" : d.getName() + " · ") + s.getName();
        });
        workspace.scenario().ifPresent(scenarioBox::setValue);
        showInfeasibility();
    }

    /** The banner over every view while the current plan breaks a hard rule; views call it again after a change. */
    public void showInfeasibility() {
        bannerSlot.removeAll();
        Banners.infeasible(workspace).ifPresent(bannerSlot::add);
    }

    /** After a planner's change in a view: the banner of the layout around it shows the plan as it is now. */
    public static void refreshBanner(Component view) {
        MainLayout layout = view.findAncestor(MainLayout.class);
        if (layout != null) {
            layout.showInfeasibility();
        }
    }

    /** A view's heading row: the title and, on the right, its actions. */
    public static HorizontalLayout toolbar(Component... components) {
        HorizontalLayout bar = new HorizontalLayout(components);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }
}
