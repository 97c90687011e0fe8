package org.lungang.solver.exact;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.google.ortools.linearsolver.MPVariable;

import org.lungang.solver.constraints.RotationConstraintProvider;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.exact.CoreModel.Pair;
import org.lungang.solver.exact.FixedPart.SchoolSubject;

/**
 * The core model's staffing rows: open post at the destination (with any arrival, staff after ≤ posts), no hole at
 * the sender (staff after ≥ the sender's minimum; automatic without departures), and the shortage reward: scarcity ×
 * 100 per open post filled, open after = max(0, posts − staff after), kept tight by the maximisation.
 */
final class StaffingRows {

    private StaffingRows() {
    }

    static void add(CoreModel model) {
        FixedPart fixed = model.fixed;
        Map<SchoolSubject, Lin> freeIn = new LinkedHashMap<>();
        Map<SchoolSubject, Lin> freeOut = new LinkedHashMap<>();
        for (Pair pair : model.pairs) {
            Subject subject = pair.group().subject();
            freeOut.computeIfAbsent(new SchoolSubject(pair.group().home(), subject), k -> new Lin())
                    .add(pair.variable(), 1);
            if (pair.support()) {
                freeIn.computeIfAbsent(new SchoolSubject(pair.destination(), subject), k -> new Lin())
                        .add(pair.variable(), 1);
            }
        }
        Set<SchoolSubject> keys = new HashSet<>(freeIn.keySet());
        keys.addAll(freeOut.keySet());
        for (School school : model.plan.getSchools()) {
            for (Subject subject : Subject.values()) {
                SchoolSubject key = new SchoolSubject(school, subject);
                int posts = school.posts(subject);
                int base = school.staffBefore(subject) + fixed.get(fixed.in, school, subject)
                        - fixed.get(fixed.out, school, subject);
                long weight = (long) RotationConstraintProvider.SHORTAGE_POST_REWARD * model.policy.scarcity(subject);
                if (!keys.contains(key)) {
                    if (posts > 0) {
                        model.objective.add(weight * (school.openPostsBefore(subject) - Math.max(0, posts - base)));
                    }
                    continue;
                }
                Lin in = freeIn.getOrDefault(key, new Lin());
                Lin out = freeOut.getOrDefault(key, new Lin());
                Lin after = new Lin().add(base).addAll(in, 1).addAll(out, -1);
                if (in.hasVariables()) {
                    openPost(model, in, after, posts, base, fixed.get(fixed.in, school, subject) > 0);
                }
                if (out.hasVariables()) {
                    model.atLeast(after, Math.min(model.policy.senderMinimum(school, subject), base));
                }
                if (posts > 0) {
                    MPVariable openAfter = model.auxiliaryInt(posts,
                            h -> Math.max(0, posts - Math.round(after.eval(h))));
                    model.atLeast(new Lin().add(openAfter, 1).addAll(after, 1), posts);
                    model.objective.add(weight * school.openPostsBefore(subject)).add(openAfter, -weight);
                }
            }
        }
    }

    /** With any arrival, staff after ≤ posts (or ≤ what it is, when already overstaffed by fixed moves). */
    private static void openPost(CoreModel model, Lin in, Lin after, int posts, int base, boolean fixedArrival) {
        if (fixedArrival || base <= posts) {
            model.atMost(after, Math.max(posts, base));
            return;
        }
        // Overstaffed with no fixed arrival: the limit binds only once someone arrives.
        MPVariable anyIn = model.auxiliaryBool(h -> in.eval(h) > 0.5 ? 1 : 0);
        double maxIn = in.maxOver(model.upper);
        model.atMost(new Lin().addAll(in, 1).add(anyIn, -maxIn), 0);
        model.atMost(new Lin().addAll(after, 1).add(anyIn, base - posts), base);
    }
}
