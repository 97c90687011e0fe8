package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.lungang.solver.domain.Eligibility;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Tier;

/**
 * The county while it is generated: mutable drafts that the steps fill in order, and the one seeded random source they
 * all draw from (the order of the steps is the order of the draws, so it fixes the output).
 */
final class CountyDraft {

    final CountyProfile profile;
    final RotationPolicy policy;
    final SplittableRandom random;
    final List<Township> townships = new ArrayList<>();
    final List<SchoolDraft> schools = new ArrayList<>();
    final List<TeacherDraft> teachers = new ArrayList<>();
    /** Eligibility reads the teacher only; this school stands in for her draft's school. */
    private final School placeholder;

    CountyDraft(CountyProfile profile, long seed) {
        this.profile = profile;
        this.policy = profile.policy();
        this.random = new SplittableRandom(seed);
        this.placeholder = new School("placeholder", null, SchoolKind.URBAN, Stage.PRIMARY, Tier.ORDINARY, null,
                profile.geography().seat(), 0, Map.of(), 0, null);
    }

    Township township(SchoolDraft school) {
        return townships.get(school.townshipIndex);
    }

    boolean isEligible(TeacherDraft t) {
        return Eligibility.of(t.toTeacher(placeholder), policy).eligible();
    }

    /** The policy's backbone rule (level at least the policy's minimum), read on the draft. */
    boolean countsAsBackbone(TeacherDraft t) {
        return policy.countsAsBackbone(t.toTeacher(placeholder));
    }

    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
