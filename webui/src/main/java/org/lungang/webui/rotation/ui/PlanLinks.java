package org.lungang.webui.rotation.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.webui.base.ui.LinkedText;
import org.lungang.webui.school.ui.SchoolDialog;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * The schools and teachers of the current plan as links with their names, for the solver's sentences that name them
 * by id: a school opens its dialog, a teacher what the caller does with her (her decision).
 */
public final class PlanLinks {

    private PlanLinks() {
    }

    /** The sentence with every school and teacher id of the plan shown as a link with the name. */
    public static Span text(Snapshot snapshot, String sentence, Consumer<Rotation> openTeacher) {
        return LinkedText.of(sentence, resolver(snapshot, openTeacher));
    }

    public static Function<String, Optional<Component>> resolver(Snapshot snapshot, Consumer<Rotation> openTeacher) {
        return id -> {
            School school = snapshot.plan().schoolOf(id);
            if (school != null) {
                return Optional.of(school(snapshot, school));
            }
            Rotation rotation = snapshot.plan().rotationOf(id);
            return rotation == null ? Optional.empty() : Optional.of(teacher(rotation, openTeacher));
        };
    }

    /** A school's name that opens the school's dialog. */
    public static Component school(Snapshot snapshot, School school) {
        return link(school.getName(), "school-link", () -> SchoolDialog.open(snapshot, school));
    }

    /** A teacher's name that opens her decision. */
    public static Component teacher(Rotation rotation, Consumer<Rotation> openTeacher) {
        return link(rotation.getTeacher().name(), "teacher-link", () -> openTeacher.accept(rotation));
    }

    private static Component link(String label, String className, Runnable onClick) {
        Span link = new Span(label);
        link.addClassName(className);
        link.getElement().setAttribute("role", "link");
        link.getElement().setAttribute("tabindex", "0");
        link.getStyle().set("color", "var(--lumo-primary-text-color)").set("cursor", "pointer")
                .set("text-decoration", "underline");
        link.addClickListener(e -> onClick.run());
        link.getElement().addEventListener("keydown", e -> onClick.run()).setFilter("event.key === 'Enter'");
        return link;
    }
}
