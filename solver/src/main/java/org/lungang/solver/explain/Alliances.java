package org.lungang.solver.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.School;

/**
 * The alliances (联盟/协作体/集团) of a county in the planner's words. The data gives an alliance an id only (such as
 * {@code G1}), which means nothing to a principal; an alliance is therefore named after the school that leads it —
 * the most urban, then the strongest, then the largest (as the 1+1+N and 集团化 policies have a strong town school
 * lead), ties by id — with the number of its schools: "城关一小牵头的联盟（共 5 所学校）".
 */
public final class Alliances {

    private static final Comparator<School> LEADER_FIRST = Comparator
            .comparingInt((School s) -> s.getKind().ruralityRank())
            .thenComparingInt(s -> s.getTier().weaknessRank())
            .thenComparingInt(s -> -s.getStudents())
            .thenComparing(School::getId);

    private final Map<String, List<School>> members = new HashMap<>();

    private Alliances(Collection<School> schools) {
        for (School school : schools) {
            if (school.getAllianceId() != null) {
                members.computeIfAbsent(school.getAllianceId(), id -> new ArrayList<>()).add(school);
            }
        }
        members.values().forEach(list -> list.sort(LEADER_FIRST));
    }

    /** The alliances of these schools (a plan's schools: every member is needed to find the leader). */
    public static Alliances of(Collection<School> schools) {
        return new Alliances(schools);
    }

    /** The school that leads the alliance, or null for an id no school has. */
    public School leader(String allianceId) {
        List<School> schools = members.get(allianceId);
        return schools == null ? null : schools.get(0);
    }

    /** The alliance in Chinese, e.g. "城关一小牵头的联盟（共 5 所学校）"; the id itself when no school has it. */
    public String zh(String allianceId) {
        School leader = leader(allianceId);
        return leader == null ? "联盟 " + allianceId
                : leader.getName() + "牵头的联盟（共 " + members.get(allianceId).size() + " 所学校）";
    }

    /** The alliance in English, e.g. "the alliance led by 城关一小 (5 schools)". */
    public String en(String allianceId) {
        School leader = leader(allianceId);
        if (leader == null) {
            return "alliance " + allianceId;
        }
        int size = members.get(allianceId).size();
        return "the alliance led by " + leader.getName() + " (" + size + (size == 1 ? " school)" : " schools)");
    }
}
