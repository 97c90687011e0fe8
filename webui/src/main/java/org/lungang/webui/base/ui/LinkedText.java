package org.lungang.webui.base.ui;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;

/**
 * A sentence from the solver, which names schools and teachers by id ("学校 S0032：…"), shown with each id the caller
 * knows replaced by a component (a link with the name); other words stay as they are.
 */
public final class LinkedText {

    /** What an id looks like in the solver's sentences: letters, then at least one digit (S0032, T00123, L02). */
    private static final Pattern ID = Pattern.compile("\\b[A-Za-z][A-Za-z_-]*\\d[A-Za-z0-9_-]*\\b");

    private LinkedText() {
    }

    /** The text with every id the resolver knows replaced by the resolver's component. */
    public static Span of(String text, Function<String, Optional<Component>> resolver) {
        Span span = new Span();
        if (text == null) {
            return span;
        }
        Matcher m = ID.matcher(text);
        int last = 0;
        while (m.find()) {
            Optional<Component> link = resolver.apply(m.group());
            if (link.isEmpty()) {
                continue;
            }
            if (m.start() > last) {
                span.add(new Text(text.substring(last, m.start())));
            }
            span.add(link.get());
            last = m.end();
        }
        if (last < text.length()) {
            span.add(new Text(text.substring(last)));
        }
        return span;
    }
}
