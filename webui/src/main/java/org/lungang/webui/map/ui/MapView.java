package org.lungang.webui.map.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.lungang.webui.workspace.ui.CurrentPlan;
import org.lungang.webui.workspace.ui.MainLayout;

/** The county's schools and the plan's moves on a vector map drawn on the server; works with no internet. */
@Route(value = "map", layout = MainLayout.class)
@PageTitle("地图 · Lungang")
@PermitAll
public class MapView extends VerticalLayout implements BeforeEnterObserver {

    private final Workspace workspace;
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final ComboBox<String> alliance = new ComboBox<>();
    private final Div map = new Div();
    private final Span count = new Span();
    private Snapshot snapshot;

    public MapView(Workspace workspace) {
        this.workspace = workspace;
        setSizeFull();
        subject.setPlaceholder(getTranslation("subject"));
        subject.setAriaLabel(getTranslation("subject"));
        subject.setItems(Subject.values());
        subject.setItemLabelGenerator(Words::of);
        subject.setClearButtonVisible(true);
        subject.setId("map-subject");
        subject.addValueChangeListener(e -> draw());
        alliance.setPlaceholder(getTranslation("schools.alliance"));
        alliance.setAriaLabel(getTranslation("schools.alliance"));
        alliance.setClearButtonVisible(true);
        alliance.setId("map-alliance");
        alliance.addValueChangeListener(e -> draw());
        map.setId("county-map");
        map.setWidthFull();
        count.setId("map-count");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        snapshot = CurrentPlan.begin(this, workspace, getTranslation("map.title")).orElse(null);
        if (snapshot == null) {
            return;
        }
        alliance.setItems(snapshot.plan().getSchools().stream().map(School::getAllianceId).filter(Objects::nonNull)
                .distinct().sorted().toList());
        HorizontalLayout filters = new HorizontalLayout(subject, alliance, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters, map);
        draw();
    }

    private void draw() {
        if (snapshot == null) {
            return;
        }
        String chosenAlliance = alliance.getValue();
        List<School> schools = snapshot.plan().getSchools().stream()
                .filter(s -> chosenAlliance == null || chosenAlliance.equals(s.getAllianceId()))
                .toList();
        List<Rotation> moves = snapshot.plan().getRotations().stream()
                .filter(Rotation::isMoving)
                .filter(r -> subject.getValue() == null || r.getSubject() == subject.getValue())
                .filter(r -> chosenAlliance == null || (chosenAlliance.equals(r.getHomeSchool().getAllianceId())
                        || chosenAlliance.equals(r.getDestination().getAllianceId())))
                .toList();
        // A move to or from a school outside the alliance still shows both ends.
        List<School> shown = new java.util.ArrayList<>(schools);
        moves.forEach(r -> {
            if (!shown.contains(r.getHomeSchool())) {
                shown.add(r.getHomeSchool());
            }
            if (!shown.contains(r.getDestination())) {
                shown.add(r.getDestination());
            }
        });
        count.setText(getTranslation("map.count", shown.size(), moves.size()));
        map.removeAll();
        map.add(new Svg(CountyMap.svg(shown, moves, this::word, getTranslation("map.title"))));
    }

    private String word(String key) {
        String[] parts = key.split(":");
        return switch (parts[0]) {
            case "kind" -> Words.of(SchoolKind.valueOf(parts[1]));
            case "tier" -> Words.of(Tier.valueOf(parts[1]));
            case "move" -> Words.of(RotationKind.valueOf(parts[1]));
            default -> getTranslation("map.tiers");
        };
    }
}
