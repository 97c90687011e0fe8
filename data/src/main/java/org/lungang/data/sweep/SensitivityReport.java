package org.lungang.data.sweep;

import java.time.Duration;
import java.util.List;

/**
 * Which constraints bind a plan, most binding first.
 *
 * @param controlScore the control re-solve's score
 * @param timePerSolve the time of each re-solve
 * @param bindings one per constraint examined, by gain (largest first)
 */
public record SensitivityReport(String controlScore, Duration timePerSolve, List<Binding> bindings) {

    /** How the report was made, in words: it is a heuristic measurement, not a proof. */
    public static final String METHOD_EN = "Method: the plan is re-solved once as a control and once per constraint "
            + "with that constraint's weight set to 0, each from the plan itself and for the same time; a constraint "
            + "binds when, without it, the other rules and goals (scored with the original weights) end up better "
            + "than in the control. The solver is a heuristic, so small gains can be noise; the cost is one re-solve "
            + "per constraint.";
    public static final String METHOD_ZH = "方法：以原方案为起点，先按原权重重新求解一次作为对照，再对每条约束把其权重设为 0 各重新求解一次，"
            + "时间相同；若去掉某条约束后，其余规则和目标（按原权重计分）比对照更好，则该约束为“起约束作用”。求解器是启发式的，"
            + "较小的改善可能只是随机差异；每条约束需要一次重新求解。";

    public SensitivityReport {
        bindings = List.copyOf(bindings);
    }

    /** The report in words, one line per constraint, most binding first. */
    public String text(boolean chinese) {
        StringBuilder text = new StringBuilder(chinese ? METHOD_ZH : METHOD_EN).append("\n\n");
        text.append(chinese ? "对照得分 " : "Control score ").append(controlScore).append('\n');
        for (Binding binding : bindings) {
            text.append("- ").append(binding.finding().pick(chinese)).append('\n');
        }
        return text.toString();
    }
}
