package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.Role;

/**
 * Teachers already away on exchange, as in a county in the third year of its policy: each of the two years before the
 * profile's year sent a quota's worth of support teachers (the policy's rotation quota of the eligible teachers of its
 * quota schools) on a term of the policy's length. They are drawn from the teachers now serving at the schools they
 * support, and given a home school of the same stage that supports them (城镇→乡村, 优质→薄弱), so that every school's
 * staffing and open posts stay as the earlier steps calibrated them: a teacher on support counts at her host. Hosts
 * are the schools no quota applies to (village schools and teaching points by default); at most a quarter of a host's
 * teachers are away from another school; principals, cadres, team members, volunteers and those within six years of
 * retirement stay as they are. One in five asks to stay on when her term ends.
 */
final class ExchangesUnderway extends GenerationStep {

    static final int COHORTS = 2;
    static final double MAX_SHARE_OF_HOST = 0.25;
    static final double WISHES_EXTENSION = 0.2;

    ExchangesUnderway(CountyDraft county) {
        super(county);
    }

    void run() {
        long eligibleAtQuotaSchools = teachers.stream()
                .filter(t -> policy.quotaApplies(t.school.forRules()) && isEligible(t)).count();
        int perCohort = (int) policy.rotationQuotaRequired(quotaSchool(), eligibleAtQuotaSchools);
        int term = policy.termYears(RotationKind.SUPPORT);
        List<TeacherDraft> pool = new ArrayList<>();
        for (TeacherDraft t : teachers) {
            if (mayBeAway(t)) {
                pool.add(t);
            }
        }
        shuffle(pool);
        Map<SchoolDraft, Integer> awayAt = new HashMap<>();
        Map<SchoolDraft, List<SchoolDraft>> homesOf = new HashMap<>();
        // The cohorts are filled in turn, so that a pool too small for both quotas still gives both years some.
        int[] sent = new int[COHORTS];
        for (TeacherDraft t : pool) {
            int cohort = sent[0] <= sent[1] ? 0 : 1;
            if (sent[cohort] >= perCohort) {
                break;
            }
            SchoolDraft host = t.school;
            if (awayAt.getOrDefault(host, 0) + 1 > MAX_SHARE_OF_HOST * host.teachers.size()) {
                continue;
            }
            List<SchoolDraft> homes = homesOf.computeIfAbsent(host, this::homesFor);
            if (homes.isEmpty()) {
                continue;
            }
            int start = profile.year() - COHORTS + cohort;
            t.exchangeHome = homes.get(random.nextInt(homes.size()));
            t.exchangeStart = start;
            t.exchangeTerm = term;
            t.wishesExtension = random.nextDouble() < WISHES_EXTENSION;
            // She was eligible when she was sent, and her years away count at home (the policy's default).
            int elapsed = profile.year() - start;
            t.years = Math.max(t.years, policy.minYearsAtSchool() + elapsed);
            awayAt.merge(host, 1, Integer::sum);
            sent[cohort]++;
        }
    }

    /** Any school the quota applies to: the quota's arithmetic is the policy's, applied to the county's total. */
    private org.lungang.solver.domain.School quotaSchool() {
        return schools.stream().filter(SchoolDraft::isSender).map(SchoolDraft::forRules)
                .filter(policy::quotaApplies).findFirst().orElse(schools.get(0).forRules());
    }

    private boolean mayBeAway(TeacherDraft t) {
        // Hosts are schools no quota applies to: taking one of a sender's own teachers would change what it can send.
        return t.role == Role.TEACHER && t.onEstablishment && !t.volunteer && t.teamId == null && !t.surplus
                && !policy.quotaApplies(t.school.forRules())
                && t.exemptions.isEmpty() && policy.covers(t.school.stage)
                && t.age + 6 < policy.retirementAge(t.gender);
    }

    /** Senders of the host's stage that support it, in school order. */
    private List<SchoolDraft> homesFor(SchoolDraft host) {
        return schools.stream().filter(s -> s != host && s.isSender() && s.stage == host.stage && s.supports(host))
                .toList();
    }
}
