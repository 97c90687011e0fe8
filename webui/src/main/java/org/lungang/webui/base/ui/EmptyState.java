package org.lungang.webui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What a view shows when it has nothing to show yet, and what to do about it. */
public class EmptyState extends VerticalLayout {

    public EmptyState(String title, String hint, Component... actions) {
        addClassName("empty-state");
        setAlignItems(Alignment.CENTER);
        setPadding(true);
        getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "3em");
        add(new H3(title), new Paragraph(hint));
        add(actions);
    }
}
