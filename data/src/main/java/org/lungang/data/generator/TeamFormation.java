package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Subject;

/** Teams (团队交流): a backbone teacher with younger colleagues of the same school. */
final class TeamFormation extends GenerationStep {

    TeamFormation(CountyDraft county) {
        super(county);
    }

    void run() {
        formTeams();
    }

    /**
     * Teams (团队交流): a backbone teacher with one to three colleagues of the same school, all in subjects the
     * school is over-staffed in (so the team can leave without a hole), the younger ones volunteering.
     */
    private void formTeams() {
        double perSchool = profile.people().teamsPerSender();
        int teamCounter = 0;
        for (SchoolDraft school : schools) {
            if (!school.isSender() || school.surplus.isEmpty()) {
                continue;
            }
            int teams = (int) perSchool + (random.nextDouble() < perSchool - (int) perSchool ? 1 : 0);
            for (int k = 0; k < teams; k++) {
                List<TeacherDraft> leaders = new ArrayList<>();
                for (TeacherDraft t : school.teachers) {
                    if (t.teamId == null && t.role != Role.PRINCIPAL && isEligible(t)
                            && countsAsBackbone(t)
                            && school.surplus.containsKey(t.subject)) {
                        leaders.add(t);
                    }
                }
                if (leaders.isEmpty()) {
                    break;
                }
                TeacherDraft leader = leaders.get(random.nextInt(leaders.size()));
                EnumMap<Subject, Integer> room = new EnumMap<>(school.surplus);
                room.merge(leader.subject, -1, Integer::sum);
                List<TeacherDraft> pool = new ArrayList<>();
                for (TeacherDraft t : school.teachers) {
                    if (t != leader && t.teamId == null && t.role != Role.PRINCIPAL && t.exemptions.isEmpty()
                            && t.onEstablishment && school.surplus.containsKey(t.subject)
                            && t.age <= policy.retirementAge(t.gender) - policy.yearsBeforeRetirementExempt()) {
                        pool.add(t);
                    }
                }
                shuffle(pool);
                // Younger colleagues first: a backbone teacher leads the younger ones (seed 000).
                pool.sort(Comparator.comparing((TeacherDraft t) -> t.age >= leader.age));
                int wanted = 1 + random.nextInt(3);
                List<TeacherDraft> members = new ArrayList<>();
                for (TeacherDraft t : pool) {
                    if (members.size() >= wanted) {
                        break;
                    }
                    if (room.getOrDefault(t.subject, 0) > 0) {
                        room.merge(t.subject, -1, Integer::sum);
                        members.add(t);
                    }
                }
                if (members.isEmpty()) {
                    continue;
                }
                String teamId = String.format("TM%04d", ++teamCounter);
                leader.teamId = teamId;
                for (TeacherDraft member : members) {
                    member.teamId = teamId;
                    if (member.years < policy.minYearsAtSchool()) {
                        member.volunteer = true;
                    }
                }
            }
        }
    }
}
