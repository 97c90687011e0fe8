package org.lungang.webui.base.ui;

import com.vaadin.flow.component.html.Span;

/** Green, amber or red at a glance; the word beside the colour keeps it readable without colour. */
public enum Tone {
    GOOD("var(--lumo-success-color)", "var(--lumo-success-color-10pct)"),
    WARN("#8a5a00", "#fff4d6"),
    BAD("var(--lumo-error-color)", "var(--lumo-error-color-10pct)");

    private final String text;
    private final String background;

    Tone(String text, String background) {
        this.text = text;
        this.background = background;
    }

    /** A small coloured label. */
    public Span badge(String label) {
        Span badge = new Span(label);
        badge.getElement().getThemeList().add("badge");
        badge.getStyle().set("color", text).set("background", background).set("font-weight", "600")
                .set("padding", "2px 8px").set("border-radius", "999px").set("white-space", "nowrap");
        badge.getElement().setAttribute("data-tone", name().toLowerCase());
        return badge;
    }

    public String color() {
        return text;
    }

    /** A coefficient of variation against its threshold: met is good, within 20% above is amber, beyond is red. */
    public static Tone ofCoefficient(double value, double threshold) {
        if (value <= threshold) {
            return GOOD;
        }
        return value <= threshold * 1.2 ? WARN : BAD;
    }

    /** A count against what is required: met is good, at least 80% is amber, less is red. */
    public static Tone ofShare(double achieved, double required) {
        if (achieved >= required) {
            return GOOD;
        }
        return required > 0 && achieved / required >= 0.8 ? WARN : BAD;
    }
}
