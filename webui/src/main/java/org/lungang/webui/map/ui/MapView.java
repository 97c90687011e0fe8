package org.lungang.webui.map.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import elemental.json.JsonObject;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.explain.Alliances;
import org.lungang.webui.base.ui.Filters;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.school.ui.SchoolDialog;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.lungang.webui.workspace.ui.CurrentPlan;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * The county's schools and the plan's moves on a vector map drawn on the server ({@link CountyMap}); works with no
 * internet. The wheel zooms where the pointer is, a drag pans, a click on a school opens it; filters by school kind,
 * stage, subject and alliance. Each redraw places the labels anew for the zoom, so that none overlaps.
 */
@Route(value = "map", layout = MainLayout.class)
@PageTitle("地图 · Lungang")
@PermitAll
public class MapView extends VerticalLayout implements BeforeEnterObserver {

    private static final double WHEEL_STEP = 1.25;
    /** A pointer that moved less than this between press and release clicked rather than dragged. */
    private static final double CLICK_SLOP = 4;
    /** The drawing's box on the page, as an expression of the map's element for the event data. */
    private static final String SVG = "element.querySelector('svg').getBoundingClientRect()";

    private final Workspace workspace;
    private final ComboBox<SchoolKind> kind = new ComboBox<>();
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final ComboBox<String> alliance = new ComboBox<>();
    private final Div map = new Div();
    private final Span count = new Span();
    private Snapshot snapshot;
    private CountyMap.View view = CountyMap.View.WHOLE;
    private double pressX;
    private double pressY;

    public MapView(Workspace workspace) {
        this.workspace = workspace;
        setSizeFull();
        Filters.choice(kind, getTranslation("schools.kind"), List.of(SchoolKind.values()), Words::of, this::draw);
        kind.setId("map-kind");
        Filters.choice(stage, getTranslation("schools.stage"), List.of(Stage.values()), Words::of, this::draw);
        stage.setId("map-stage");
        Filters.choice(subject, getTranslation("subject"), List.of(Subject.values()), Words::of, this::draw);
        subject.setId("map-subject");
        Filters.choice(alliance, getTranslation("schools.alliance"), List.of(), null, this::draw);
        alliance.setId("map-alliance");
        alliance.setWidth("20em");
        map.setId("county-map");
        map.setWidthFull();
        map.getStyle().set("touch-action", "none");
        count.setId("map-count");
        listen();
    }

    /**
     * The map's pointer: wheel to zoom at the pointer, press and release to pan or, without moving, to open the
     * school under the pointer. Positions come in CSS pixels of the page and are turned into the drawing's own units
     * ({@link CountyMap#WIDTH} × {@link CountyMap#HEIGHT}), whatever size the page gives the drawing (it keeps its
     * proportions and is centred in its box).
     */
    private void listen() {
        String[] box = {SVG + ".left", SVG + ".top", SVG + ".width", SVG + ".height"};
        DomListenerRegistration wheel = map.getElement().addEventListener("wheel", e -> {
            double[] at = drawing(e.getEventData(), e.getEventData().getNumber("event.clientX"),
                    e.getEventData().getNumber("event.clientY"));
            zoom(e.getEventData().getNumber("event.deltaY") < 0 ? WHEEL_STEP : 1 / WHEEL_STEP, at[0], at[1]);
        }).addEventData("event.deltaY").addEventData("event.clientX").addEventData("event.clientY").throttle(150);
        map.getElement().addEventListener("mousedown", e -> {
            pressX = e.getEventData().getNumber("event.clientX");
            pressY = e.getEventData().getNumber("event.clientY");
        }).addEventData("event.clientX").addEventData("event.clientY");
        DomListenerRegistration release = map.getElement().addEventListener("mouseup", e -> {
            double x = e.getEventData().getNumber("event.clientX");
            double y = e.getEventData().getNumber("event.clientY");
            if (Math.hypot(x - pressX, y - pressY) < CLICK_SLOP) {
                String school = e.getEventData().getString("event.target.getAttribute('data-school')");
                if (school != null && !school.isEmpty()) {
                    open(school);
                }
                return;
            }
            double[] from = drawing(e.getEventData(), pressX, pressY);
            double[] to = drawing(e.getEventData(), x, y);
            pan(to[0] - from[0], to[1] - from[1]);
        }).addEventData("event.clientX").addEventData("event.clientY")
                .addEventData("event.target.getAttribute('data-school')");
        for (String expression : box) {
            wheel.addEventData(expression);
            release.addEventData(expression);
        }
        // The page must not scroll while the wheel zooms the map.
        map.addAttachListener(e -> map.getElement().executeJs(
                "this.addEventListener('wheel', ev => ev.preventDefault(), {passive: false});"));
    }

    /** A point of the page (CSS pixels) in the drawing's units, from the drawing's box on the page. */
    private static double[] drawing(JsonObject data, double clientX, double clientY) {
        double left = data.getNumber(SVG + ".left");
        double top = data.getNumber(SVG + ".top");
        double width = Math.max(1, data.getNumber(SVG + ".width"));
        double height = Math.max(1, data.getNumber(SVG + ".height"));
        // The drawing keeps its proportions: it fills the box's width or height and is centred along the other.
        double scale = Math.min(width / CountyMap.WIDTH, height / CountyMap.HEIGHT);
        double offsetX = (width - CountyMap.WIDTH * scale) / 2;
        double offsetY = (height - CountyMap.HEIGHT * scale) / 2;
        return new double[] {(clientX - left - offsetX) / scale, (clientY - top - offsetY) / scale};
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        snapshot = CurrentPlan.begin(this, workspace, getTranslation("map.title")).orElse(null);
        if (snapshot == null) {
            return;
        }
        alliance.setItems(snapshot.plan().getSchools().stream().map(School::getAllianceId).filter(Objects::nonNull)
                .distinct().sorted().toList());
        Alliances alliances = Alliances.of(snapshot.plan().getSchools());
        alliance.setItemLabelGenerator(id -> Words.pick(alliances.zh(id), alliances.en(id)));
        Button zoomIn = button(VaadinIcon.PLUS, "map.zoomIn", () -> zoom(2, CountyMap.WIDTH / 2.0,
                CountyMap.HEIGHT / 2.0));
        zoomIn.setId("map-zoom-in");
        Button zoomOut = button(VaadinIcon.MINUS, "map.zoomOut", () -> zoom(0.5, CountyMap.WIDTH / 2.0,
                CountyMap.HEIGHT / 2.0));
        zoomOut.setId("map-zoom-out");
        Button whole = button(VaadinIcon.EXPAND_SQUARE, "map.whole", () -> {
            view = CountyMap.View.WHOLE;
            draw();
        });
        whole.setId("map-whole");
        HorizontalLayout filters = Filters.row(kind, stage, subject, alliance, zoomIn, zoomOut, whole);
        Span hint = new Span(getTranslation("map.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout status = new HorizontalLayout(count, hint);
        status.setWrap(true);
        add(filters, status, map);
        draw();
    }

    private Button button(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        return button;
    }

    void zoom(double factor, double x, double y) {
        view = view.zoomAt(factor, x, y);
        draw();
    }

    void pan(double dx, double dy) {
        view = view.pannedBy(dx, dy);
        draw();
    }

    CountyMap.View view() {
        return view;
    }

    /** Opens the school's dialog, as the schools list does. */
    void open(String schoolId) {
        snapshot.plan().getSchools().stream().filter(s -> s.getId().equals(schoolId)).findFirst()
                .ifPresent(school -> SchoolDialog.open(snapshot, school));
    }

    private boolean shown(School s) {
        return (kind.getValue() == null || s.getKind() == kind.getValue())
                && (stage.getValue() == null || s.getStage() == stage.getValue())
                && (alliance.getValue() == null || alliance.getValue().equals(s.getAllianceId()));
    }

    private void draw() {
        if (snapshot == null) {
            return;
        }
        List<School> schools = snapshot.plan().getSchools().stream().filter(this::shown).toList();
        // A move is shown when either end passes the school filters (and the subject is its subject).
        List<Rotation> moves = snapshot.plan().getRotations().stream()
                .filter(Rotation::isMoving)
                .filter(r -> subject.getValue() == null || r.getSubject() == subject.getValue())
                .filter(r -> shown(r.getHomeSchool()) || shown(r.getDestination()))
                .toList();
        // A move to or from a school outside the filter still shows both ends.
        List<School> drawn = new ArrayList<>(schools);
        moves.forEach(r -> {
            if (!drawn.contains(r.getHomeSchool())) {
                drawn.add(r.getHomeSchool());
            }
            if (!drawn.contains(r.getDestination())) {
                drawn.add(r.getDestination());
            }
        });
        count.setText(getTranslation("map.count", drawn.size(), moves.size(), CountyMap.flows(moves).size(),
                Words.decimal(view.zoom(), 1)));
        map.removeAll();
        map.add(new Svg(CountyMap.svg(snapshot.plan().getSchools(), drawn, moves, view, this::word,
                getTranslation("map.title"))));
    }

    private String word(String key) {
        String[] parts = key.split(":", 2);
        return switch (parts[0]) {
            case "kind" -> Words.of(SchoolKind.valueOf(parts[1]));
            case "tier" -> Words.of(Tier.valueOf(parts[1]));
            case "stage" -> Words.of(Stage.valueOf(parts[1]));
            case "move" -> Words.of(RotationKind.valueOf(parts[1]));
            case "flow" -> {
                String[] flow = parts[1].split("\u0000");
                yield getTranslation("map.flow", flow[0], flow[1], flow[2], flow[3]);
            }
            default -> getTranslation("map.tiers");
        };
    }
}
