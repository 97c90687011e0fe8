package org.lungang.webui.versions.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.lungang.webui.base.ui.LinkedText;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.plan.PlanService.AnalysisView;
import org.lungang.webui.plan.PlanService.ConstraintView;
import org.lungang.webui.plan.PlanService.MatchView;

/**
 * A plan's score taken apart, as Timefold's quickstarts show it: every rule with its Chinese name, its level, its
 * penalty and its matches, each match explained and linked to the schools and teachers it is about. Rules that cost
 * the most come first; rules with no match close the list.
 */
class ScoreAnalysisPanel extends Div {

    /** How many matches of one rule are listed; the rest are counted. */
    static final int MATCHES_SHOWN = 50;

    /** A rule's level, read from its weight (a rule weighed zero by the policy is switched off). */
    enum Level {
        HARD, MEDIUM, SOFT, OFF;

        static Level of(String weight) {
            if (weight == null) {
                return OFF;
            }
            HardMediumSoftLongScore w = HardMediumSoftLongScore.parseScore(weight);
            return w.hardScore() != 0 ? HARD : w.mediumScore() != 0 ? MEDIUM : w.softScore() != 0 ? SOFT : OFF;
        }

        long of(HardMediumSoftLongScore score) {
            return switch (this) {
                case HARD -> score.hardScore();
                case MEDIUM -> score.mediumScore();
                case SOFT, OFF -> score.softScore();
            };
        }
    }

    private final Map<String, String> schoolNames;
    private final Map<String, String> teacherNames;

    /** @param schoolNames, teacherNames the names the links show, by id */
    ScoreAnalysisPanel(Map<String, String> schoolNames, Map<String, String> teacherNames) {
        this.schoolNames = schoolNames;
        this.teacherNames = teacherNames;
        setId("score-analysis");
        setWidthFull();
    }

    void show(int versionNumber, AnalysisView analysis) {
        removeAll();
        H3 title = new H3(getTranslation("analysis.title", versionNumber));
        Span total = new Span(Words.score(analysis.score()));
        total.setId("analysis-score");
        add(title, total);
        analysis.constraints().stream()
                .sorted(Comparator.comparing((ConstraintView c) -> c.matchCount() == 0)
                        .thenComparing(c -> Level.of(c.weight()))
                        .thenComparing(c -> Level.of(c.weight()).of(HardMediumSoftLongScore.parseScore(c.score()))))
                .map(this::rule)
                .forEach(this::add);
    }

    private Component rule(ConstraintView c) {
        Level level = Level.of(c.weight());
        long penalty = level.of(HardMediumSoftLongScore.parseScore(c.score()));
        Span name = new Span(Words.rule(c.name()));
        name.getStyle().set("font-weight", "600");
        Span levelWord = new Span(getTranslation("analysis.level." + level));
        Span amount = new Span(getTranslation("analysis.penalty", (penalty > 0 ? "+" : "") + Words.grouped(penalty)));
        Span count = new Span(getTranslation("analysis.matches", c.matchCount()));
        if (penalty < 0 && (level == Level.HARD || level == Level.MEDIUM)) {
            amount.getStyle().set("color", Tone.BAD.color()).set("font-weight", "600");
        }
        Div summary = new Div(name, levelWord, amount, count);
        summary.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        Div content = new Div();
        c.matches().stream().limit(MATCHES_SHOWN).map(this::match).forEach(content::add);
        if (c.matches().size() > MATCHES_SHOWN) {
            content.add(new Div(new Span(getTranslation("analysis.more", c.matches().size() - MATCHES_SHOWN))));
        }
        Details details = new Details(summary, content);
        details.setWidthFull();
        details.setEnabled(c.matchCount() > 0);
        details.getElement().setAttribute("data-rule", c.name());
        details.addClassName("analysis-rule");
        return details;
    }

    private Component match(MatchView m) {
        String text = Words.english() || m.zh() == null ? m.en() : m.zh();
        // The solver's sentence names schools and teachers by id: each id becomes a link with the name.
        Div line = new Div(LinkedText.of(text, id -> Optional.ofNullable(linkFor(id))));
        line.addClassName("analysis-match");
        line.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        String said = text == null ? "" : text;
        m.schoolIds().stream().filter(id -> !said.contains(id)).map(this::linkFor).forEach(line::add);
        m.teacherIds().stream().filter(id -> !said.contains(id)).map(this::linkFor).forEach(line::add);
        return line;
    }

    private Anchor linkFor(String id) {
        if (schoolNames.containsKey(id)) {
            return link(schoolNames.get(id), "schools", "school", id);
        }
        if (teacherNames.containsKey(id)) {
            return link(teacherNames.get(id), "teachers", "teacher", id);
        }
        return null;
    }

    /** A link to the schools or teachers view, opening the one named (by route, so no view depends on another). */
    private static Anchor link(String text, String route, String parameter, String id) {
        Anchor link = new Anchor(route + "?" + QueryParameters.of(parameter, id).getQueryString(), text);
        link.addClassName("analysis-link");
        return link;
    }

    /** The rules shown, by their constraint names in order, for tests. */
    List<String> rulesShown() {
        return getChildren().filter(Details.class::isInstance)
                .map(d -> d.getElement().getAttribute("data-rule")).toList();
    }
}
