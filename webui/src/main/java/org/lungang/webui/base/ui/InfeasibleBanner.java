package org.lungang.webui.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The red bar over every view while the current plan breaks a hard rule: which rules, and links to the teachers and
 * schools involved. It is given plain words and links, so that it knows nothing of plans.
 */
public class InfeasibleBanner extends Div {

    /** A link to a teacher or a school: the name shown and where it leads. */
    public record Link(String label, String href) {
    }

    /** One broken rule: its name in the UI's language, how often it is broken, and whom it involves. */
    public record Rule(String name, int matches, List<Link> links) {
    }

    /** How many links one rule shows before "and N more". */
    static final int LINKS_SHOWN = 8;

    public InfeasibleBanner(String headline, List<Rule> rules) {
        setId("infeasible-banner");
        getElement().setAttribute("role", "alert");
        getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                .set("border-left", "4px solid var(--lumo-error-color)").set("padding", "var(--lumo-space-s) "
                        + "var(--lumo-space-m)").set("margin", "0 0 var(--lumo-space-s) 0")
                .set("font-size", "var(--lumo-font-size-s)");
        Span title = new Span(VaadinIcon.WARNING.create(), new Span(" " + headline));
        title.getStyle().set("font-weight", "600");
        add(new Div(title));
        for (Rule rule : rules) {
            Div line = new Div();
            line.addClassName("infeasible-rule");
            line.add(new Span(getTranslation("banner.rule", rule.name(), rule.matches())));
            List<Link> links = rule.links();
            for (int i = 0; i < Math.min(LINKS_SHOWN, links.size()); i++) {
                line.add(new Span(i == 0 ? " · " : "、"), anchor(links.get(i)));
            }
            if (links.size() > LINKS_SHOWN) {
                line.add(new Span(" " + getTranslation("banner.more", links.size() - LINKS_SHOWN)));
            }
            add(line);
        }
    }

    private static Component anchor(Link link) {
        Anchor anchor = new Anchor(link.href(), link.label());
        anchor.getStyle().set("color", "inherit").set("text-decoration", "underline");
        return anchor;
    }
}
