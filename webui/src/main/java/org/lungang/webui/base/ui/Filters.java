package org.lungang.webui.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The filter fields above the grids, set up one way: labelled for screen readers, clearable, filtering on change. */
public final class Filters {

    private Filters() {
    }

    /** The row of filters above a grid: fields on one baseline, wrapping on a narrow screen. */
    public static HorizontalLayout row(Component... filters) {
        HorizontalLayout row = new HorizontalLayout(filters);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** A search box with a search icon that filters when the planner pauses typing. */
    public static void search(TextField field, String label, Runnable onChange) {
        field.setPlaceholder(label);
        field.setAriaLabel(label);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> onChange.run());
    }

    /** A choice among the given values (or, with no values, ones set later), shown with the given labels. */
    public static <T> void choice(ComboBox<T> field, String label, List<T> items, ItemLabelGenerator<T> labels,
            Runnable onChange) {
        field.setPlaceholder(label);
        field.setAriaLabel(label);
        if (!items.isEmpty()) {
            field.setItems(items);
        }
        if (labels != null) {
            field.setItemLabelGenerator(labels);
        }
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> onChange.run());
    }
}
