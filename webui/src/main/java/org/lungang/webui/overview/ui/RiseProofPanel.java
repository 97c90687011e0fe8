package org.lungang.webui.overview.ui;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.lungang.solver.kpi.IndicatorBaseline;
import org.lungang.webui.base.BackgroundRun;
import org.lungang.webui.base.ui.Polling;
import org.lungang.webui.base.ui.UiScheduler;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.overview.RiseProofService;
import org.lungang.webui.overview.RiseProofService.RiseProofRun;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * Under the indicators, when the plan raises an official CV: a planner proves whether a plan at the least quota
 * shortfall could keep it, and the overview says so per coefficient (the quotas' doing, or avoidable), then how near
 * the plan is to the best that raises no coefficient above it.
 */
final class RiseProofPanel extends Div {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final Div result = new Div();
    private final Polling<RiseProofRun> polling;
    private RiseProofRun run;

    RiseProofPanel(RiseProofService proofs, Snapshot snapshot, boolean canPlan, UiScheduler scheduler) {
        setId("rise-proof");
        List<IndicatorBaseline> rising = proofs.rising(snapshot.plan());
        polling = new Polling<>(this, scheduler, POLL, () -> run, this::show,
                r -> r.state() != BackgroundRun.State.RUNNING, () -> { });
        add(new H3(getTranslation("overview.riseProof.title")));
        add(new Paragraph(getTranslation("overview.riseProof.hint", rising.size(),
                RiseProofService.totalTime().toSeconds())));
        result.setId("rise-proof-result");
        if (canPlan) {
            Button prove = new Button(getTranslation("overview.riseProof.button"), e -> {
                run = proofs.start(snapshot.scenario().getId(), snapshot.plan(), () -> { });
                show(run);
                polling.start();
            });
            prove.setId("rise-proof-button");
            add(prove);
        }
        add(result);
        proofs.latest(snapshot.scenario().getId(), snapshot.plan()).ifPresent(latest -> {
            run = latest;
            show(latest);
            polling.start();
        });
    }

    private void show(RiseProofRun shown) {
        result.removeAll();
        switch (shown.state()) {
            case RUNNING -> result.add(new Span(getTranslation("overview.riseProof.running",
                    RiseProofService.totalTime().toSeconds())));
            case COMPLETED -> shown.result().ifPresent(this::show);
            case FAILED -> result.add(new Span(getTranslation("overview.riseProof.failed",
                    shown.failure().map(BackgroundRun.Failure::reference).orElse(""))));
            case STOPPED -> { }
        }
    }

    private void show(RiseProofService.RiseProofs found) {
        found.proofs().forEach(proof -> result.add(new Div(Words.pick(proof.zh(), proof.en()))));
        Div bound = new Div(Words.pick(found.bound().zh(), found.bound().en()));
        bound.setId("guarded-bound");
        result.add(bound);
    }
}
