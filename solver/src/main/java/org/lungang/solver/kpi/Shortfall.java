package org.lungang.solver.kpi;

import org.lungang.solver.domain.Text;

/**
 * A policy rule that is not met, in two kinds of the same shape:
 * <ul>
 * <li>a quota the plan misses: {@code achieved} is what the plan has;</li>
 * <li>a rule that no plan can meet, found from the problem alone (eligibility, hard rules and the other quotas):
 * {@code achieved} is the most any plan can reach, and the text begins by saying no plan can meet it.</li>
 * </ul>
 *
 * @param rule the constraint name of the rule ({@code ConstraintNames})
 * @param scope a school id, or {@link org.lungang.solver.domain.ConstraintNames#COUNTY_SCOPE} for a county-wide
 *        rule
 * @param shortfall required − achieved
 * @param kind missed by this plan, or impossible for any plan
 */
public record Shortfall(String rule, String scope, long required, long achieved, long shortfall, String zh,
        String en, ShortfallKind kind) {

    /** How the text of a rule that no plan can meet begins, in Chinese. */
    public static final String IMPOSSIBLE_ZH = "任何方案都无法满足：";
    /** How the text of a rule that no plan can meet begins, in English. */
    public static final String IMPOSSIBLE_EN = "No plan can meet this: ";

    static Shortfall missed(String rule, String scope, long required, long achieved, Text text) {
        return new Shortfall(rule, scope, required, achieved, required - achieved, text.zh(), text.en(),
                ShortfallKind.MISSED);
    }

    static Shortfall impossible(String rule, String scope, long required, long achievable, Text text) {
        return new Shortfall(rule, scope, required, achievable, required - achievable, IMPOSSIBLE_ZH + text.zh(),
                IMPOSSIBLE_EN + text.en(), ShortfallKind.IMPOSSIBLE);
    }

    /**
     * The shortfall's text in both languages. The record keeps {@code zh} and {@code en} as components so that its
     * JSON stays as it is; this is not a bean getter, so JSON holds the components only.
     */
    public Text text() {
        return new Text(zh, en);
    }

    /**
     * True for a rule that no plan can meet, false for a quota this plan misses. (Not a bean getter, so that JSON
     * holds the components only.)
     */
    public boolean impossible() {
        return kind == ShortfallKind.IMPOSSIBLE;
    }
}
