package org.lungang.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.domain.Title;

/**
 * A county small enough to solve by hand. The strong urban school U1 (at the county seat) has 4 maths teachers for 3
 * posts and 3 English teachers for 2 posts, one of them a county backbone teacher; everyone there has served 8 years.
 * Village V1 (10 km north) lacks one maths and one English teacher, village V2 (20 km north) one English teacher.
 * U1 has 7 teachers, so it may lose only one (15%, at least one). The quotas (10% of U1's 7 eligible, 20% backbone
 * among those rotated) ask for exactly one rotated backbone teacher: the English backbone teacher. Sending her to V1
 * fills a post of scarcity 3 (300) and costs 10 km × 1.3 road factor = 13 km of commute: the optimum is 287.
 */
public final class HandMadeCounty {

    public static final long OPTIMUM = 300 - 13;
    public static final String BACKBONE_ENGLISH_TEACHER = "u1-english-1";

    private HandMadeCounty() {
    }

    public static RotationPlan plan() {
        School u1 = school("U1", SchoolKind.URBAN, Tier.STRONG, 0, Map.of(Subject.MATH, 3, Subject.ENGLISH, 2));
        School v1 = school("V1", SchoolKind.VILLAGE, Tier.WEAK, 10, Map.of(Subject.MATH, 2, Subject.ENGLISH, 1));
        School v2 = school("V2", SchoolKind.VILLAGE, Tier.WEAK, 20, Map.of(Subject.ENGLISH, 1));
        List<Teacher> teachers = new ArrayList<>();
        for (School school : List.of(u1, v1, v2)) {
            // Village principals are new in post; U1's could rotate but no other principal can replace her.
            int years = school == u1 ? 8 : 2;
            teachers.add(teacher(school.getId().toLowerCase() + "-principal", school, Subject.CHINESE, Role.PRINCIPAL,
                    years, BackboneLevel.NONE));
        }
        for (int i = 1; i <= 4; i++) {
            teachers.add(teacher("u1-math-" + i, u1, Subject.MATH, Role.TEACHER, 8, BackboneLevel.NONE));
        }
        teachers.add(teacher(BACKBONE_ENGLISH_TEACHER, u1, Subject.ENGLISH, Role.TEACHER, 8, BackboneLevel.COUNTY));
        for (int i = 2; i <= 3; i++) {
            teachers.add(teacher("u1-english-" + i, u1, Subject.ENGLISH, Role.TEACHER, 8, BackboneLevel.NONE));
        }
        teachers.add(teacher("v1-math-1", v1, Subject.MATH, Role.TEACHER, 2, BackboneLevel.NONE));
        return RotationPlan.of(RotationPolicy.defaults(), List.of(u1, v1, v2), teachers, Map.of());
    }

    private static School school(String id, SchoolKind kind, Tier tier, double kmNorth, Map<Subject, Integer> posts) {
        return new School(id, id, kind, Stage.PRIMARY, tier, null, new GeoPoint(30.0 + kmNorth / 111.19508, 110.0),
                500, new EnumMap<>(posts), 0, null);
    }

    private static Teacher teacher(String id, School home, Subject subject, Role role, int years,
            BackboneLevel backbone) {
        return new Teacher(id, id, home, subject, role, Gender.FEMALE, 40, years, backbone, Degree.BACHELOR,
                Title.FIRST_GRADE, null, Set.of(), true, false, null, null, List.of());
    }
}
