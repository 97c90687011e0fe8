package org.lungang.webui.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.vaadin.flow.component.UI;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Text;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.kpi.Indicator;

/** The domain's words in the UI's language, from the solver's {@link Labels}. */
public final class Words {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Words() {
    }

    public static boolean english() {
        UI ui = UI.getCurrent();
        return ui != null && Translations.isEnglish(ui.getLocale());
    }

    public static String of(Subject v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(SchoolKind v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(Tier v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(Stage v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(BackboneLevel v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(Role v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(RotationKind v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(IndicatorGroup v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(Indicator v) {
        return of(v.text());
    }

    /** A bilingual text in the UI's language. */
    public static String of(Text text) {
        return text.pick(!english());
    }

    /**
     * A plan's score as the planner reads it, in words: whether it is legal (no hard rule broken), the policy quotas'
     * gap in people, and the goal score, e.g. "合法 · 比例缺口 2 人 · 目标得分 12,798". Every plan score the UI shows
     * goes through here; a stored score (text) is parsed first, so the UI never takes the text apart itself. A
     * difference of scores or a rule's weight is not a plan's score: see {@link #levels(HardMediumSoftLongScore)}.
     */
    public static String score(HardMediumSoftLongScore score) {
        if (score == null) {
            return "—";
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return score.toString();
        }
        String legal = score.hardScore() < 0
                ? ui.getTranslation("score.infeasible", grouped(-score.hardScore()))
                : ui.getTranslation("score.feasible");
        String quotas = score.mediumScore() < 0
                ? ui.getTranslation("score.quotaGap", grouped(-score.mediumScore()))
                : ui.getTranslation("score.quotasMet");
        return legal + " · " + quotas + " · " + ui.getTranslation("score.goal", grouped(score.softScore()));
    }

    /** A stored score ({@link HardMediumSoftLongScore#toString()}) as the planner reads it; "—" when there is none. */
    public static String score(String stored) {
        return stored == null || stored.isBlank() ? "—" : score(HardMediumSoftLongScore.parseScore(stored));
    }

    /** A score's three levels named, for a difference of scores or a rule's weight (signed). */
    public static String levels(HardMediumSoftLongScore score) {
        if (score == null) {
            return "—";
        }
        UI ui = UI.getCurrent();
        return ui == null ? score.toString() : ui.getTranslation("score.text", signed(score.hardScore()),
                signed(score.mediumScore()), signed(score.softScore()));
    }

    /** A stored difference or weight as {@link #levels(HardMediumSoftLongScore)} shows it. */
    public static String levels(String stored) {
        return stored == null || stored.isBlank() ? "—" : levels(HardMediumSoftLongScore.parseScore(stored));
    }

    /** A whole number with thousands separators: 12798 → "12,798". */
    public static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String signed(long value) {
        return value > 0 ? "+" + grouped(value) : grouped(value);
    }

    /** A constraint's name ({@code ConstraintNames}) in the UI's language. */
    public static String rule(String constraintName) {
        return english() ? Labels.enRule(constraintName) : Labels.zhRule(constraintName);
    }

    /** Chooses between a pair of texts that say the same in both languages. */
    public static String pick(String zh, String en) {
        return of(new Text(zh, en));
    }

    public static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** When something happened, to the minute, in the server's time zone: "2025-09-01 08:30". */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }
}
