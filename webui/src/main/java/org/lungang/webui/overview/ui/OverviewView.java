package org.lungang.webui.overview.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.exact.CoreObjective;
import org.lungang.solver.exact.ExactBound;
import org.lungang.solver.kpi.CountyKpis;
import org.lungang.solver.kpi.IndicatorKpis;
import org.lungang.solver.kpi.PlanKpis;
import org.lungang.solver.kpi.SubjectShortage;
import org.lungang.webui.base.ui.BarChart;
import org.lungang.webui.base.ui.EmptyState;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.overview.RiseProofService;
import org.lungang.webui.rotation.ui.ShortfallTable;
import org.lungang.webui.security.ui.Permissions;
import org.lungang.webui.workspace.Workspace;
import org.lungang.webui.workspace.Workspace.Snapshot;
import org.lungang.webui.workspace.ui.MainLayout;

/**
 * The county at a glance: the plan's figures against the national thresholds and the policy quotas, before and after,
 * each with a green / amber / red mark.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("概览 · Lungang")
@PermitAll
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final Workspace workspace;
    private final RiseProofService proofs;
    private final Permissions permissions;
    private final UiScheduler scheduler;

    public OverviewView(Workspace workspace, RiseProofService proofs, Permissions permissions, UiScheduler scheduler) {
        this.workspace = workspace;
        this.proofs = proofs;
        this.permissions = permissions;
        this.scheduler = scheduler;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        workspace.snapshot().ifPresentOrElse(this::show, () -> add(new EmptyState(getTranslation("empty.noScenario"),
                getTranslation("empty.noScenarioHint"), new Anchor("import-export", getTranslation("nav.importExport")))));
    }

    private void show(Snapshot snapshot) {
        PlanKpis kpis = snapshot.kpis();
        CountyKpis county = kpis.county();
        H2 title = new H2(getTranslation("overview.title"));
        Span name = new Span(snapshot.name());
        name.setId("overview-scenario");
        Span status = snapshot.version().isPresent()
                ? new Span(getTranslation("overview.planVersion", snapshot.version().get().getVersionNumber(),
                        Words.score(snapshot.score())))
                : new Span(getTranslation(snapshot.unsolvedKey(), snapshot.kpis().county().rotated()));
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(MainLayout.toolbar(title, name, status));

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setId("overview-cards");
        cards.add(card(getTranslation("overview.teachers"), county.teachers() + "",
                getTranslation("overview.eligible", county.eligible()), null));
        cards.add(card(getTranslation("overview.rotated"), county.rotated() + "",
                getTranslation("overview.byKind", county.rotatedByKind().getOrDefault(
                        org.lungang.solver.domain.RotationKind.SUPPORT, 0),
                        county.rotatedByKind().getOrDefault(org.lungang.solver.domain.RotationKind.SECONDMENT, 0),
                        county.rotatedByKind().getOrDefault(org.lungang.solver.domain.RotationKind.PRINCIPAL, 0)),
                null));
        Tone quotaTone = Tone.ofShare(county.quotaSchoolsMet(), county.quotaSchools());
        cards.add(card(getTranslation("overview.schoolQuotas"), county.quotaSchoolsMet() + " / " + county.quotaSchools(),
                getTranslation("overview.schoolQuotasHint"), quotaTone.badge(getTranslation(met(quotaTone)))));
        Tone backboneTone = Tone.ofShare(county.backboneShare(), county.backboneShareRequired());
        cards.add(card(getTranslation("overview.backboneShare"), Labels.percent(county.backboneShare()),
                getTranslation("overview.required", Labels.percent(county.backboneShareRequired())),
                backboneTone.badge(getTranslation(met(backboneTone)))));
        Tone cadreTone = Tone.ofShare(county.cadreBackboneShare(), county.cadreBackboneShareRequired());
        cards.add(card(getTranslation("overview.cadreShare"), Labels.percent(county.cadreBackboneShare()),
                getTranslation("overview.cadreHint", county.cadreBackboneExchanged(), county.cadreBackboneEligible(),
                        Labels.percent(county.cadreBackboneShareRequired())),
                cadreTone.badge(getTranslation(met(cadreTone)))));
        cards.add(card(getTranslation("overview.commute"), Labels.km(kpis.commute().meanKm()) + " km",
                getTranslation("overview.commuteHint", Labels.km(kpis.commute().maxKm()),
                        kpis.commute().beyondLimit(), Labels.km(kpis.commute().limitKm())), null));
        Tone all = county.quotaMet() ? Tone.GOOD : Tone.BAD;
        cards.add(card(getTranslation("overview.allQuotas"), getTranslation(county.quotaMet() ? "yes" : "no"),
                getTranslation("overview.shortfalls", kpis.shortfalls().size()),
                all.badge(getTranslation(county.quotaMet() ? "tone.met" : "tone.missed"))));
        add(cards);
        exactBoundLine(snapshot).ifPresent(this::add);

        add(new H3(getTranslation("overview.indicators")));
        add(indicatorGrid(kpis.indicators()));
        add(indicatorChart(kpis.indicators()));
        if (!proofs.rising(snapshot.plan()).isEmpty()) {
            add(new RiseProofPanel(proofs, snapshot, permissions.canPlan(), scheduler));
        }

        add(new H3(getTranslation("overview.shortages")));
        add(shortageGrid(kpis.shortages()));

        add(new H3(getTranslation("overview.shortfallList")));
        if (kpis.shortfalls().isEmpty() && workspace.brokenHardRules().isEmpty()) {
            add(Tone.GOOD.badge(getTranslation("overview.noShortfall")));
        } else {
            add(new ShortfallTable(snapshot, workspace.brokenHardRules()));
        }
    }

    /** One line with the exact core's proof: the bound and this plan's gap to it, when the exact phase ran. */
    private java.util.Optional<Span> exactBoundLine(Snapshot snapshot) {
        ExactBound bound = snapshot.plan() == null ? null : snapshot.plan().getExactBound();
        if (bound == null) {
            return java.util.Optional.empty();
        }
        boolean zh = "zh".equals(getLocale().getLanguage());
        long objective = CoreObjective.of(snapshot.plan(), snapshot.kpis());
        String text;
        if (bound.covers(snapshot.kpis().quotaShortfall())) {
            String gap = String.format(java.util.Locale.ROOT, "%.1f", Math.max(0, bound.gapPercent(objective)));
            String bnd = String.format(java.util.Locale.ROOT, "%,.0f", bound.bound());
            text = zh ? "补缺编与通勤达到本比例要求下已证明最优值的 " + gap + "% 以内（上界 " + bnd + "，本方案 " + objective + "）"
                    : "Posts filled and commute within " + gap + " % of the proven best for these quotas (bound "
                            + bnd + ", this plan " + objective + ")";
            if (bound.guardCostPercent() >= 0.05) {
                // The bound ignores the national indicators: say how much of the gap keeping them from rising took.
                String cost = String.format(java.util.Locale.ROOT, "%.1f", bound.guardCostPercent());
                text += zh ? "；其中 " + cost + "% 是为不使差异系数上升而让出的"
                        : "; " + cost + " % of it was given up so that no official coefficient of variation rises";
            }
        } else {
            text = (zh ? "精确模型：" : "Exact core: ") + bound.status() + " — " + bound.message();
        }
        Span line = new Span(text);
        line.setId("overview-bound");
        line.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return java.util.Optional.of(line);
    }

    private static String met(Tone tone) {
        return switch (tone) {
            case GOOD -> "tone.met";
            case WARN -> "tone.close";
            case BAD -> "tone.missed";
        };
    }

    private Component card(String label, String value, String hint, Component badge) {
        Div card = new Div();
        card.addClassName("kpi-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "8px")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "11em")
                .set("flex", "1 1 11em");
        Div l = new Div(label);
        l.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div v = new Div(value);
        v.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Div h = new Div(hint);
        h.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        card.add(l, v, h);
        if (badge != null) {
            card.add(badge);
        }
        card.getElement().setAttribute("role", "group");
        card.getElement().setAttribute("aria-label", label);
        return card;
    }

    private String groupName(IndicatorGroup group) {
        return getTranslation("group." + group.name());
    }

    private String indicatorName(IndicatorKpis k) {
        return Words.of(k.indicator());
    }

    private Grid<IndicatorKpis> indicatorGrid(List<IndicatorKpis> indicators) {
        Grid<IndicatorKpis> grid = new Grid<>();
        grid.setId("indicator-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(k -> groupName(k.group())).setHeader(getTranslation("overview.group")).setAutoWidth(true);
        grid.addColumn(this::indicatorName).setHeader(getTranslation("overview.indicator")).setFlexGrow(2);
        grid.addColumn(k -> Words.decimal(k.coefficientBefore(), 3)).setHeader(getTranslation("overview.cvBefore"));
        grid.addColumn(k -> Words.decimal(k.coefficientAfter(), 3)).setHeader(getTranslation("overview.cvAfter"));
        grid.addColumn(k -> Words.decimal(k.threshold(), 2)).setHeader(getTranslation("overview.threshold"));
        grid.addComponentColumn(k -> {
            Tone tone = Tone.ofCoefficient(k.coefficientAfter(), k.threshold());
            return tone.badge(getTranslation(met(tone)));
        }).setHeader(getTranslation("overview.status"));
        grid.setItems(indicators);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component indicatorChart(List<IndicatorKpis> indicators) {
        List<BarChart.Group> groups = indicators.stream()
                .map(k -> new BarChart.Group(groupName(k.group()) + "·"
                        + getTranslation("overview.short." + k.indicator().name()),
                        List.of(k.coefficientBefore(), k.coefficientAfter()), k.threshold()))
                .toList();
        Div chart = new Div(BarChart.of(getTranslation("overview.chartTitle"),
                List.of(getTranslation("overview.before"), getTranslation("overview.after")), groups));
        chart.setId("indicator-chart");
        chart.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        return chart;
    }

    private Grid<SubjectShortage> shortageGrid(List<SubjectShortage> shortages) {
        Grid<SubjectShortage> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> Words.of(s.subject())).setHeader(getTranslation("subject"));
        grid.addColumn(SubjectShortage::openBefore).setHeader(getTranslation("overview.openBefore"));
        grid.addColumn(SubjectShortage::openAfter).setHeader(getTranslation("overview.openAfter"));
        grid.addColumn(SubjectShortage::filled).setHeader(getTranslation("overview.filled"));
        grid.setItems(shortages.stream().filter(s -> s.openBefore() > 0 || s.openAfter() > 0).toList());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
