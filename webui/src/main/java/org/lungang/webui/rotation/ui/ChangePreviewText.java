package org.lungang.webui.rotation.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.lungang.solver.domain.Rotation;
import org.lungang.webui.base.ui.Confirmations;
import org.lungang.webui.base.ui.Tone;
import org.lungang.webui.base.ui.Words;
import org.lungang.webui.rotation.ChangePreviews.Preview;
import org.lungang.webui.scenario.RotationOverride;
import org.lungang.webui.workspace.Workspace.Snapshot;

/**
 * A change's preview ({@link Preview}) in the planner's words, as every change shows it — a hand move, a forbidden
 * move, an undone decision: the score before and after, the change level by level, the hard rules it breaks named
 * with their matches (linked to schools and teachers), the other rules it moves; and the dialog that asks before a
 * change is made.
 */
final class ChangePreviewText {

    private ChangePreviewText() {
    }

    /** The preview in words; a teacher named in a broken rule's matches opens through {@code openTeacher}. */
    static Component of(Preview p, Snapshot snapshot, Consumer<Rotation> openTeacher) {
        Div box = new Div();
        box.addClassName("change-preview");
        Span score = new Span(tr("move.previewScore", Words.score(p.before()), Words.score(p.after())));
        score.getStyle().set("color", p.after().compareTo(p.before()) >= 0 ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        box.add(new Div(score));
        Div delta = new Div(tr("safety.vsCurrent", delta(p.delta())));
        delta.addClassName("preview-delta");
        box.add(delta);
        if (p.breaksHardRule()) {
            UnorderedList broken = new UnorderedList();
            broken.addClassName("broken-rules");
            for (var c : p.brokenHardRules()) {
                String detail = (Words.english() ? c.en() : c.zh()).stream().limit(3)
                        .collect(Collectors.joining(Words.english() ? "; " : "；"));
                ListItem item = new ListItem(Tone.BAD.badge(Words.rule(c.constraintName())),
                        new Span(" " + tr("safety.ruleDelta", c.delta()) + " "));
                if (!detail.isEmpty()) {
                    item.add(PlanLinks.text(snapshot, detail, openTeacher));
                }
                broken.add(item);
            }
            box.add(new Div(new Span(tr("safety.breaksHeading"))), broken);
        }
        List<String> others = p.changes().stream().filter(c -> !c.breaksHardRule())
                .map(c -> Words.rule(c.constraintName()) + " " + signed(c.delta())).toList();
        if (!others.isEmpty()) {
            Div rest = new Div(tr("safety.otherRules", String.join("、", others)));
            rest.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            box.add(rest);
        }
        return box;
    }

    /** A score change in words, level by level: "硬性规则 −2（变差）· 政策要求 不变 · 目标得分 +19（改善）". */
    static String delta(HardMediumSoftLongScore d) {
        return tr("safety.level.hard", level(d.hardScore())) + " · "
                + tr("safety.level.medium", level(d.mediumScore())) + " · "
                + tr("safety.level.soft", level(d.softScore()));
    }

    private static String level(long change) {
        if (change == 0) {
            return tr("safety.same");
        }
        return signed(change) + tr(change > 0 ? "safety.better" : "safety.worse");
    }

    static String signed(long change) {
        return change > 0 ? "+" + change : change < 0 ? "−" + (-change) : "0";
    }

    /** A dialog that asks before a change that breaks hard rules; the change is made on confirm only. */
    static ConfirmDialog confirmation(String header, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog confirm = Confirmations.ask("hard-rule-confirm", header, tr("safety.cancel"), confirmText,
                onConfirm);
        confirm.setText(text);
        confirm.setConfirmButtonTheme("error primary");
        return confirm;
    }

    /**
     * Asks before one of the planner's decisions is undone, as before any other change: the undone decision, what
     * undoing it does to the current plan and the hard rules it would break; {@code undo} runs on confirm only.
     */
    static ConfirmDialog undoConfirmation(Snapshot snapshot, RotationOverride decision, Preview p,
            Consumer<Rotation> openTeacher, Runnable undo) {
        Div text = new Div(new Paragraph(tr("undo.text", Decisions.teacherName(snapshot, decision),
                Decisions.describe(snapshot, decision))));
        text.add(p.unchanged() ? new Paragraph(tr("undo.unchanged")) : of(p, snapshot, openTeacher));
        ConfirmDialog confirm = Confirmations.ask("undo-confirm", tr(p.breaksHardRule() ? "undo.titleBreaking"
                : "undo.title"), tr("safety.cancel"), tr(p.breaksHardRule() ? "safety.applyAnyway" : "undo.confirm"),
                undo);
        confirm.setText(text);
        if (p.breaksHardRule()) {
            confirm.setConfirmButtonTheme("error primary");
        }
        return confirm;
    }

    private static String tr(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
