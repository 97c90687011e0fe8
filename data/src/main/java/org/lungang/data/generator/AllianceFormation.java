package org.lungang.data.generator;

import static org.lungang.data.generator.Geometry.km;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lungang.data.generator.CountyProfile.AllianceModel;
import org.lungang.solver.domain.School;

/** School groups (1+1+N, 协作体, 集团化) led by strong urban schools. */
final class AllianceFormation extends GenerationStep {

    AllianceFormation(CountyDraft county) {
        super(county);
    }

    void run() {
        formAlliances();
    }

    /**
     * Groups led by urban schools (strong and large first); each other school of the grouped stages joins the
     * nearest leader, with the profile's coverage.
     */
    private void formAlliances() {
        CountyProfile.Alliances alliances = profile.alliances();
        if (alliances.count() == 0) {
            return;
        }
        List<SchoolDraft> members = new ArrayList<>();
        for (SchoolDraft school : schools) {
            if (alliances.stages().contains(school.stage)) {
                members.add(school);
            }
        }
        List<SchoolDraft> ranked = new ArrayList<>(members);
        ranked.sort(Comparator.comparingInt((SchoolDraft s) -> s.kind.ruralityRank())
                .thenComparingInt(s -> s.tier.weaknessRank())
                .thenComparingInt(s -> -s.size)
                .thenComparingInt(s -> s.index()));
        List<SchoolDraft> leaders = new ArrayList<>(ranked.subList(0, Math.min(alliances.count(), ranked.size())));
        String prefix = alliances.model() == AllianceModel.ONE_PLUS_ONE_PLUS_N ? "L"
                : alliances.model() == AllianceModel.COLLABORATION_GROUP ? "C" : "G";
        for (int i = 0; i < leaders.size(); i++) {
            leaders.get(i).allianceId = String.format("%s%02d", prefix, i + 1);
        }
        for (SchoolDraft school : members) {
            if (school.allianceId != null || random.nextDouble() >= alliances.coverage()) {
                continue;
            }
            SchoolDraft nearest = leaders.get(0);
            for (SchoolDraft leader : leaders) {
                if (km(school.location, leader.location) < km(school.location, nearest.location)) {
                    nearest = leader;
                }
            }
            school.allianceId = nearest.allianceId;
        }
    }
}
