package org.lungang.solver.explain;

import static org.lungang.solver.domain.Labels.km;
import static org.lungang.solver.domain.Labels.percent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SecondmentCap;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.kpi.Staffing;

/**
 * Explains each decision of a plan in words, in Chinese and English: eligibility, direction, the shortage post
 * filled, the sender's staffing and quota, the national indicators it changes, alliance, commute and housing,
 * preference, team, couple and the planner's pins; for a teacher who stays, why. Every sentence states a figure
 * computed from the plan.
 */
public final class MoveExplainer {

    private final RotationPlan plan;
    private final RotationPolicy policy;
    private final Staffing staffing;
    private final Map<String, Rotation> byId = new HashMap<>();
    private final Map<String, List<Rotation>> teams = new HashMap<>();
    private final Map<School, Tally> tallies = new HashMap<>();
    private final Map<School, Integer> lodgers = new HashMap<>();
    private final Map<School, Integer> newSecondees = new HashMap<>();
    private final IndicatorEffects indicatorEffects;
    private final Alliances alliances;
    private int teachersRotated;
    private int backboneRotated;
    private int cadreBackboneEligible;
    private int cadreBackboneExchanged;

    private MoveExplainer(RotationPlan plan) {
        this.plan = plan;
        this.policy = plan.getPolicy();
        this.staffing = Staffing.of(plan);
        this.indicatorEffects = new IndicatorEffects(plan);
        this.alliances = Alliances.of(plan.getSchools());
        for (Rotation r : plan.getRotations()) {
            byId.put(r.getId(), r);
            if (r.getTeacher().teamId() != null) {
                teams.computeIfAbsent(r.getTeacher().teamId(), t -> new ArrayList<>()).add(r);
            }
            if (r.needsBed()) {
                lodgers.merge(r.getDestination(), 1, Integer::sum);
            }
            if (r.getKind() == RotationKind.SECONDMENT) {
                newSecondees.merge(r.getDestination(), 1, Integer::sum);
            }
            if (r.isCandidate() && policy.isCadreOrBackbone(r.getTeacher())) {
                cadreBackboneEligible++;
                cadreBackboneExchanged += r.isMoving() ? 1 : 0;
            }
            if (r.isPrincipal()) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(r.getHomeSchool(), s -> new Tally());
            tally.eligible += r.isCandidate() ? 1 : 0;
            if (r.isMoving()) {
                tally.rotated++;
                tally.backboneRotated += r.isBackbone() ? 1 : 0;
                teachersRotated++;
                backboneRotated += r.isBackbone() ? 1 : 0;
            }
        }
    }

    /** A sending school's eligible teachers and teachers rotated out, principals excluded. */
    private static final class Tally {
        int eligible;
        int rotated;
        int backboneRotated;
    }

    /** Explains one teacher's decision in the plan. */
    public static MoveExplanation explain(RotationPlan plan, Rotation rotation) {
        return new MoveExplainer(plan).explainOne(rotation);
    }

    /** Explains every decision of the plan, in roster order; cheaper than explaining one at a time. */
    public static List<MoveExplanation> explainAll(RotationPlan plan) {
        MoveExplainer explainer = new MoveExplainer(plan);
        return plan.getRotations().stream().map(explainer::explainOne).toList();
    }

    private MoveExplanation explainOne(Rotation r) {
        Lines lines = new Lines();
        EligibilityWords.describe(r, policy, lines);
        if (r.isMoving()) {
            DirectionWords.describe(r, policy, lines);
            if (r.getKind() == RotationKind.SECONDMENT) {
                hostCap(r, lines);
            }
            if (!r.isPrincipal()) {
                postAtDestination(r, lines);
                staffingAtSender(r, lines);
            }
            alliance(r, lines);
            commute(r, lines);
            preference(r, lines);
            quotas(r, lines);
            indicatorEffects.describe(r, lines);
            if (r.isPinnedByPlanner()) {
                lines.add("该交流安排由规划人员指定。", "The planner fixed this move.");
            }
        } else {
            stay(r, lines);
        }
        team(r, lines);
        couple(r, lines);
        return new MoveExplanation(r.getId(), r.getHomeSchool().getId(),
                r.isMoving() ? r.getDestination().getId() : null, r.getKind(), lines.zh, lines.en);
    }

    private void postAtDestination(Rotation r, Lines lines) {
        if (r.getKind() != RotationKind.SUPPORT) {
            return;
        }
        School to = r.getDestination();
        Subject subject = r.getSubject();
        int openBefore = to.openPostsBefore(subject);
        int openAfter = staffing.openPostsAfter(to, subject);
        int posts = to.posts(subject);
        int staffAfter = staffing.staffAfter(to, subject);
        String scarceZh = policy.scarcity(subject) > 1 ? "（紧缺学科，权重 " + policy.scarcity(subject) + "）" : "";
        String scarceEn = policy.scarcity(subject) > 1 ? " (a scarce subject, weight " + policy.scarcity(subject)
                + ")" : "";
        if (openBefore > 0) {
            lines.add("填补 " + to.getName() + " 的" + Labels.zh(subject) + "空编" + scarceZh + "：该校" + Labels.zh(subject)
                            + "缺编 " + openBefore + " → " + openAfter + "。",
                    "Fills an open " + Labels.en(subject) + " post at " + to.getName() + scarceEn + ": open "
                            + Labels.en(subject) + " posts there " + openBefore + " → " + openAfter + ".");
        } else {
            lines.add(to.getName() + " 交流前没有" + Labels.zh(subject) + "空编（编制 " + posts + "，在岗 "
                            + to.staffBefore(subject) + "），交流后" + Labels.zh(subject) + "教师 " + staffAfter + " 人。",
                    to.getName() + " had no open " + Labels.en(subject) + " post before the plan (posts " + posts
                            + ", staff " + to.staffBefore(subject) + "); " + Labels.en(subject) + " staff after: "
                            + staffAfter + ".");
        }
        if (staffAfter > posts) {
            lines.add("交流后在岗人数超过编制，违反规则“接收学校须有对应学科空编”。",
                    "Staff after exceeds the posts, which breaks the rule '"
                            + ConstraintNames.SUBJECT_POST_AVAILABLE + "'.");
        }
    }

    private void hostCap(Rotation r, Lines lines) {
        School to = r.getDestination();
        int added = newSecondees.get(to);
        int hosted = SecondmentCap.hosted(to, added);
        String head = to.getName() + " 本年挂职 " + hosted + " 人（往年开始、仍在期内 " + to.getOngoingSecondees() + " 人，本方案新增 "
                + added + " 人），上限 " + policy.maxSecondeesPerHost() + " 人";
        String headEn = to.getName() + " trains " + hosted + " secondees this year (" + to.getOngoingSecondees()
                + " on terms begun earlier, " + added + " new in this plan), cap " + policy.maxSecondeesPerHost();
        if (SecondmentCap.excess(policy, to, added) == 0) {
            lines.add(head + "。", headEn + ".");
        } else {
            lines.add(head + "，违反规则“" + Labels.zhRule(ConstraintNames.SECONDMENT_HOST_CAP) + "”。",
                    headEn + ", which breaks the rule '" + ConstraintNames.SECONDMENT_HOST_CAP + "'.");
        }
    }

    private void staffingAtSender(Rotation r, Lines lines) {
        School from = r.getHomeSchool();
        Subject subject = r.getSubject();
        int before = from.staffBefore(subject);
        int after = staffing.staffAfter(from, subject);
        int minimum = senderMinimum(from, subject);
        String head = from.getName() + " 的" + Labels.zh(subject) + "教师 " + before + " → " + after + " 人（编制 "
                + from.posts(subject) + "）";
        String headEn = "At " + from.getName() + ", " + Labels.en(subject) + " staff " + before + " → " + after
                + " for " + from.posts(subject) + " posts";
        if (after >= minimum) {
            lines.add(head + "，不低于应保留的 " + minimum + " 人，未造成缺口。",
                    headEn + ": not below the " + minimum + " the sender keeps, so no hole is opened.");
        } else {
            lines.add(head + "，低于应保留的 " + minimum + " 人，违反规则“不得拆东墙补西墙”。",
                    headEn + ": below the " + minimum + " the sender keeps, which breaks the rule '"
                            + ConstraintNames.NO_HOLE_AT_SENDER + "'.");
        }
    }

    private int senderMinimum(School school, Subject subject) {
        return policy.senderMinimum(school, subject);
    }

    private void alliance(Rotation r, Lines lines) {
        School from = r.getHomeSchool();
        School to = r.getDestination();
        if (from.isInSameAllianceAs(to)) {
            lines.add("在同一联盟内交流：" + alliances.zh(from.getAllianceId()) + "。",
                    "Stays within one alliance: " + alliances.en(from.getAllianceId()) + ".");
        } else if (from.getAllianceId() != null) {
            String toZh = to.getAllianceId() == null ? "不属于任何联盟" : "属于" + alliances.zh(to.getAllianceId());
            String toEn = to.getAllianceId() == null ? "in no alliance" : "in " + alliances.en(to.getAllianceId());
            lines.add("离开" + alliances.zh(from.getAllianceId()) + "：" + to.getName() + toZh + "。",
                    "Leaves " + alliances.en(from.getAllianceId()) + ": " + to.getName() + " is " + toEn + ".");
        }
    }

    private void commute(Rotation r, Lines lines) {
        double commute = r.getCommuteKm();
        double limit = policy.maxCommuteKm();
        if (!r.needsBed()) {
            lines.add("通勤 " + km(commute) + " 公里，在 " + km(limit) + " 公里限值以内，无需周转房。",
                    "Commute " + km(commute) + " km, within the " + km(limit) + " km limit: no housing needed.");
            return;
        }
        School to = r.getDestination();
        int needing = lodgers.getOrDefault(to, 0);
        lines.add("通勤 " + km(commute) + " 公里，超过 " + km(limit) + " 公里限值，需要 " + to.getName() + " 提供周转房（该校 "
                        + to.getHousingBeds() + " 个床位，本方案中需要 " + needing + " 个）。",
                "Commute " + km(commute) + " km, beyond the " + km(limit) + " km limit: needs a bed of turnover "
                        + "housing at " + to.getName() + " (" + to.getHousingBeds() + " beds, " + needing
                        + " needed in this plan).");
    }

    private void preference(Rotation r, Lines lines) {
        List<String> preferred = r.getTeacher().preferredSchoolIds();
        if (preferred.isEmpty()) {
            return;
        }
        int rank = preferred.indexOf(r.getDestination().getId());
        if (rank >= 0) {
            lines.add("符合本人志愿：第 " + (rank + 1) + " 志愿（共 " + preferred.size() + " 个）。",
                    "Honours the teacher's preference: choice " + (rank + 1) + " of " + preferred.size() + ".");
        } else {
            lines.add("未能满足本人志愿（" + String.join("、", preferred) + "）。",
                    "Not among the teacher's preferred schools (" + String.join(", ", preferred) + ").");
        }
    }

    private void quotas(Rotation r, Lines lines) {
        Teacher t = r.getTeacher();
        if (!r.isPrincipal()) {
            School from = r.getHomeSchool();
            Tally tally = tallies.get(from);
            if (policy.quotaApplies(from)) {
                long required = policy.rotationQuotaRequired(from, tally.eligible);
                lines.add("计入 " + from.getName() + " 的交流比例：符合条件 " + tally.eligible + " 人的 "
                                + percent(policy.rotationQuota()) + " 需交流 " + required + " 人，已交流 " + tally.rotated
                                + " 人。",
                        "Counts towards " + from.getName() + "'s rotation quota: " + percent(policy.rotationQuota())
                                + " of " + tally.eligible + " eligible requires " + required + ", "
                                + tally.rotated + " rotated.");
            }
            if (r.isBackbone()) {
                lines.add(Labels.zh(t.backboneLevel()) + "骨干教师，计入骨干教师占交流人数 " + percent(policy.backboneShare())
                                + " 的要求：全县交流 " + teachersRotated + " 人中骨干 " + backboneRotated + " 人（要求 "
                                + policy.backboneRequired(teachersRotated) + "），" + from.getName()
                                + " 交流 " + tally.rotated + " 人中骨干 " + tally.backboneRotated + " 人（要求 "
                                + policy.backboneRequired(tally.rotated) + "）。",
                        "A " + Labels.en(t.backboneLevel()) + "-level backbone teacher, counted in the "
                                + percent(policy.backboneShare()) + " backbone share: county " + backboneRotated
                                + " of " + teachersRotated + " rotated (requires "
                                + policy.backboneRequired(teachersRotated) + "), " + from.getName()
                                + " " + tally.backboneRotated + " of " + tally.rotated + " (requires "
                                + policy.backboneRequired(tally.rotated) + ").");
            }
        }
        if (r.isCandidate() && policy.isCadreOrBackbone(t)) {
            long required = policy.cadreBackboneExchangeRequired(cadreBackboneEligible);
            lines.add("计入干部和骨干教师交流比例 " + percent(policy.cadreBackboneExchangeShare()) + "：符合条件 "
                            + cadreBackboneEligible + " 人中已交流 " + cadreBackboneExchanged + " 人（要求 " + required
                            + "）。",
                    "Counts towards the " + percent(policy.cadreBackboneExchangeShare())
                            + " exchange of cadres and backbone teachers: " + cadreBackboneExchanged + " of "
                            + cadreBackboneEligible + " eligible exchanged (requires " + required + ").");
        }
    }

    private void stay(Rotation r, Lines lines) {
        School home = r.getHomeSchool();
        if (r.isPinnedByPlanner()) {
            lines.add("规划人员指定留任 " + home.getName() + "。", "The planner kept this teacher at " + home.getName() + ".");
            return;
        }
        if (!r.isCandidate()) {
            lines.add("因此留任 " + home.getName() + "。", "Therefore stays at " + home.getName() + ".");
            return;
        }
        if (r.isPrincipal()) {
            lines.add("符合条件但本方案中继续担任 " + home.getName() + " 校长。",
                    "Eligible, but remains principal of " + home.getName() + " in this plan.");
            return;
        }
        lines.add("符合条件但本方案中留任 " + home.getName() + "：", "Eligible, but stays at " + home.getName() + ":");
        Tally tally = tallies.get(home);
        if (policy.quotaApplies(home)) {
            long required = policy.rotationQuotaRequired(home, tally.eligible);
            if (tally.rotated >= required) {
                lines.add("无需此人即已达到 " + home.getName() + " 的交流比例（要求 " + required + " 人，已交流 " + tally.rotated
                                + " 人）。",
                        home.getName() + "'s rotation quota is met without this teacher (requires " + required
                                + ", " + tally.rotated + " rotated).");
            } else {
                lines.add(home.getName() + " 的交流比例尚未达到（要求 " + required + " 人，已交流 " + tally.rotated + " 人）。",
                        home.getName() + "'s rotation quota is not met (requires " + required + ", " + tally.rotated
                                + " rotated).");
            }
        } else {
            lines.add(Labels.zh(home.getKind()) + "学校不在交流比例要求范围内。",
                    "The rotation quota does not apply to " + Labels.en(home.getKind()) + " schools.");
        }
        Subject subject = r.getSubject();
        int after = staffing.staffAfter(home, subject);
        int minimum = senderMinimum(home, subject);
        if (after - 1 < minimum) {
            lines.add("调出此人会造成 " + home.getName() + " " + Labels.zh(subject) + "缺口：现有 " + after + " 人，编制 "
                            + home.posts(subject) + "，应保留 " + minimum + " 人。",
                    "Kept for " + home.getName() + "'s staffing: leaving would open a hole in " + Labels.en(subject)
                            + " (staff " + after + " for " + home.posts(subject) + " posts; the sender keeps "
                            + minimum + ").");
        }
        long maxLoss = policy.maxStaffLoss(home);
        if (tally.rotated >= maxLoss) {
            lines.add(home.getName() + " 已调出 " + tally.rotated + " 人，达到稳定性上限（" + home.getTotalStaffBefore()
                            + " 人的 " + percent(policy.maxStaffLossShare()) + "，至多 " + maxLoss + " 人）。",
                    home.getName() + " already rotates out " + tally.rotated + ", the most the stability cap allows ("
                            + percent(policy.maxStaffLossShare()) + " of " + home.getTotalStaffBefore()
                            + " staff, at most " + maxLoss + ").");
        }
    }

    private void team(Rotation r, Lines lines) {
        String teamId = r.getTeacher().teamId();
        if (teamId == null) {
            return;
        }
        List<Rotation> members = teams.get(teamId).stream().filter(m -> m != r).toList();
        List<String> ids = members.stream().map(Rotation::getId).toList();
        boolean together = members.stream().allMatch(m -> m.getDestination() == r.getDestination());
        String where = r.isMoving() ? "到 " + r.getDestination().getName() : "留任";
        String whereEn = r.isMoving() ? "to " + r.getDestination().getName() : "staying";
        if (together) {
            lines.add("与团队 " + teamId + " 的成员（" + String.join("、", ids) + "）一同" + where + "。",
                    "Together with team " + teamId + " (" + String.join(", ", ids) + "), " + whereEn + ".");
        } else {
            List<String> apart = members.stream().filter(m -> m.getDestination() != r.getDestination())
                    .map(m -> m.getId() + "→" + (m.isMoving() ? m.getDestination().getName() : m.getHomeSchool()
                            .getName()))
                    .toList();
            lines.add("团队 " + teamId + " 被拆分（" + String.join("、", apart) + "），违反规则“团队整体交流”。",
                    "Team " + teamId + " is split (" + String.join(", ", apart) + "), which breaks the rule '"
                            + ConstraintNames.TEAM_MOVES_TOGETHER + "'.");
        }
    }

    private void couple(Rotation r, Lines lines) {
        String partnerId = r.getTeacher().partnerId();
        Rotation partner = partnerId == null ? null : byId.get(partnerId);
        if (partner == null) {
            return;
        }
        School mine = r.getEffectiveSchool();
        School theirs = partner.getEffectiveSchool();
        double apart = plan.getDistances().betweenSchools(mine, theirs);
        double limit = policy.coupleMaxKm();
        String withinZh = apart <= limit ? "不超过" : "超过";
        String withinEn = apart <= limit ? "within" : "beyond";
        lines.add("配偶 " + partnerId + " 交流后在 " + theirs.getName() + " 任教，两校相距 " + km(apart) + " 公里，" + withinZh
                        + " " + km(limit) + " 公里。",
                "Partner " + partnerId + " works at " + theirs.getName() + " after the plan, " + km(apart)
                        + " km away, " + withinEn + " the " + km(limit) + " km limit.");
    }


}
