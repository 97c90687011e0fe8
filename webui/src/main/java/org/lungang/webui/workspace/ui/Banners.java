package org.lungang.webui.workspace.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import org.lungang.webui.base.ui.InfeasibleBanner;
import org.lungang.webui.base.ui.InfeasibleBanner.Link;
import org.lungang.webui.base.ui.InfeasibleBanner.Rule;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.workspace.HardRuleCheck.BrokenRule;
import org.lungang.webui.workspace.Workspace;

/** Feeds the infeasibility banner from the current plan: rule names in the UI's language, teachers and schools. */
final class Banners {

    private Banners() {
    }

    static Optional<InfeasibleBanner> infeasible(Workspace workspace) {
        List<BrokenRule> broken = workspace.brokenHardRules();
        UI ui = UI.getCurrent();
        if (broken.isEmpty() || ui == null) {
            return Optional.empty();
        }
        long hard = broken.stream().mapToLong(BrokenRule::penalty).sum();
        List<Rule> rules = new ArrayList<>();
        for (BrokenRule rule : broken) {
            List<Link> links = new ArrayList<>();
            rule.teachers().forEach(r -> links.add(new Link(r.getTeacher().name(), "teachers?teacher=" + r.getId())));
            rule.schools().forEach(s -> links.add(new Link(s.getName(), "schools?school=" + s.getId())));
            rules.add(new Rule(Words.rule(rule.constraintName()),
                    rule.matchCount(), links));
        }
        return Optional.of(new InfeasibleBanner(ui.getTranslation("banner.infeasible", broken.size(), -hard), rules));
    }
}
