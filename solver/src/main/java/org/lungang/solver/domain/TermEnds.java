package org.lungang.solver.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The returns step of a school year (期满返回): every teacher whose term of exchange ends by the year returns home
 * before new moves are placed, unless her term is extended. The planner may decide either way (a pinned decision);
 * otherwise the term is extended where the policy allows it, she asked to stay, and the host would be left with an
 * open post in her subject once every returning teacher has gone home. Candidates are taken in roster order and each
 * extension fills the post it answers, so that two teachers do not both stay for one open post.
 */
public final class TermEnds {

    private TermEnds() {
    }

    /**
     * @param teachers the roster, in file order
     * @param plannerDecisions teacher id to the planner's decision: true extends, false returns
     */
    public static List<TermEnd> decide(RotationPolicy policy, int year, List<Teacher> teachers,
            Map<String, Boolean> plannerDecisions) {
        // Subject staffing of each host once every returning teacher is back home and every ongoing term counted.
        Map<School, Map<Subject, Integer>> staff = new HashMap<>();
        for (Teacher teacher : teachers) {
            if (teacher.isPrincipal()) {
                continue;
            }
            School workplace = teacher.isAwayIn(year) ? teacher.exchange().host() : teacher.homeSchool();
            School counted = teacher.postSchoolAt(workplace);
            if (counted != null) {
                staff.computeIfAbsent(counted, s -> new EnumMap<>(Subject.class))
                        .merge(teacher.subject(), 1, Integer::sum);
            }
        }
        List<TermEnd> ends = new ArrayList<>();
        for (Teacher teacher : teachers) {
            if (!teacher.termEndsBy(year)) {
                continue;
            }
            Exchange exchange = teacher.exchange();
            School host = exchange.host();
            int hostStaff = staff.getOrDefault(host, Map.of()).getOrDefault(teacher.subject(), 0);
            int hostPosts = host.posts(teacher.subject());
            TermEnd end = decideOne(policy, teacher, plannerDecisions.get(teacher.id()), hostStaff, hostPosts);
            if (end.extended() && !teacher.isPrincipal() && teacher.postSchoolAt(host) != null) {
                staff.computeIfAbsent(host, s -> new EnumMap<>(Subject.class))
                        .merge(teacher.subject(), 1, Integer::sum);
            }
            ends.add(end);
        }
        return List.copyOf(ends);
    }

    private static TermEnd decideOne(RotationPolicy policy, Teacher teacher, Boolean planner, int hostStaff,
            int hostPosts) {
        if (planner != null) {
            return new TermEnd(teacher, planner,
                    planner ? TermEnd.Reason.PLANNER_EXTENSION : TermEnd.Reason.PLANNER_RETURN, hostStaff, hostPosts);
        }
        Exchange exchange = teacher.exchange();
        if (!exchange.wishesExtension()) {
            return new TermEnd(teacher, false, TermEnd.Reason.TERM_OVER, hostStaff, hostPosts);
        }
        if (!mayExtend(policy, exchange)) {
            return new TermEnd(teacher, false, TermEnd.Reason.NO_EXTENSION_ALLOWED, hostStaff, hostPosts);
        }
        // Secondees fill no post at the host: their host never "needs" them in the staffing sense.
        boolean hostNeeds = exchange.kind() == RotationKind.SUPPORT && hostStaff < hostPosts;
        return hostNeeds
                ? new TermEnd(teacher, true, TermEnd.Reason.WISH_AND_HOST_NEED, hostStaff, hostPosts)
                : new TermEnd(teacher, false, TermEnd.Reason.HOST_HAS_NO_NEED, hostStaff, hostPosts);
    }

    /** Whether the policy lets this term be extended (once, never a principal's). */
    public static boolean mayExtend(RotationPolicy policy, Exchange exchange) {
        return policy.mayExtend(exchange.kind()) && !exchange.extended();
    }
}
