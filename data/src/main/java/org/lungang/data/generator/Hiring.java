package org.lungang.data.generator;

import static org.lungang.data.generator.Geometry.offset;
import static org.lungang.data.generator.SubjectMix.mainSubjects;
import static org.lungang.solver.domain.Subject.PE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lungang.data.generator.CountyProfile.Geography;
import org.lungang.data.generator.CountyProfile.People;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Title;

/** The teachers of a school (its principal first, then its staff by subject) and its cadres. */
final class Hiring extends GenerationStep {

    /** Years at one school from which national policy expects a teacher to rotate. */
    static final int LONG_TENURE_YEARS = 6;

    Hiring(CountyDraft county) {
        super(county);
    }

    void createTeachers(SchoolDraft school) {
        Subject principalSubject = mainSubjects(school.stage).get(random.nextInt(2));
        school.teachers.add(newTeacher(school, principalSubject, Role.PRINCIPAL));
        for (Map.Entry<Subject, Integer> entry : school.staff.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                school.teachers.add(newTeacher(school, entry.getKey(), Role.TEACHER));
            }
        }
    }

    private TeacherDraft newTeacher(SchoolDraft school, Subject subject, Role role) {
        People people = profile.people();
        TeacherDraft t = new TeacherDraft();
        t.id = String.format("T%05d", teachers.size() + 1);
        t.school = school;
        t.subject = subject;
        t.role = role;
        t.name = ChineseNames.person(random);
        double femaleShare = role == Role.PRINCIPAL ? 0.35
                : subject == PE ? 0.30 : femaleShare(school.stage);
        t.gender = random.nextDouble() < femaleShare ? Gender.FEMALE : Gender.MALE;
        int maxAge = policy.retirementAge(t.gender) - 1;
        if (role == Role.PRINCIPAL) {
            t.age = Math.min(maxAge, 38 + random.nextInt(Math.max(1, maxAge - 38 + 1)));
        } else if (school.kind == SchoolKind.VILLAGE && random.nextDouble() < 0.3) {
            // Most new recruits go to rural schools (seed 003: 90% of 400 a year).
            t.age = 22 + random.nextInt(8);
        } else {
            double u = (random.nextDouble() + random.nextDouble()) / 2;
            t.age = 22 + (int) Math.round(u * (maxAge - 22));
        }
        int career = Math.max(0, t.age - 22);
        if (role == Role.PRINCIPAL) {
            t.years = Math.min(career, 1 + random.nextInt(12));
        } else {
            double longShare = Math.min(1.0, people.longTenureShare().getOrDefault(school.kind, 0.55) / 0.8);
            if (career >= LONG_TENURE_YEARS && random.nextDouble() < longShare) {
                t.years = LONG_TENURE_YEARS + random.nextInt(career - LONG_TENURE_YEARS + 1);
            } else {
                t.years = random.nextInt(Math.min(career, LONG_TENURE_YEARS - 1) + 1);
            }
        }
        if (t.gender == Gender.FEMALE && t.age < 40 && random.nextDouble() < people.pregnantOrNursingRate()) {
            t.exemptions.add(Exemption.PREGNANT_OR_NURSING);
        }
        if (random.nextDouble() < people.seriousIllnessRate()) {
            t.exemptions.add(Exemption.SERIOUS_ILLNESS);
        }
        if (school.stage != Stage.PRIMARY && role == Role.TEACHER
                && random.nextDouble() < people.graduatingClassRate()) {
            t.exemptions.add(Exemption.GRADUATING_CLASS);
        }
        if (random.nextDouble() < people.otherExemptionRate()) {
            t.exemptions.add(Exemption.OTHER);
        }
        double offRate = people.offEstablishmentRate() * switch (school.kind) {
            case URBAN -> 0.5;
            case TOWN -> 1.0;
            case VILLAGE -> 2.0;
        };
        t.onEstablishment = role == Role.PRINCIPAL || random.nextDouble() >= offRate;
        t.volunteer = t.years < LONG_TENURE_YEARS && random.nextDouble() < people.volunteerRate();
        t.degree = degree(school, t.age);
        t.title = title(school, t.age);
        t.home = home(school);
        teachers.add(t);
        return t;
    }

    private Degree degree(SchoolDraft school, int age) {
        double bachelor = switch (school.kind) {
            case URBAN -> 0.80;
            case TOWN -> 0.62;
            case VILLAGE -> 0.45;
        } + (school.stage == Stage.SENIOR ? 0.15 : 0) + (age < 35 ? 0.15 : age > 50 ? -0.25 : 0);
        if (random.nextDouble() < bachelor) {
            double master = school.stage == Stage.SENIOR ? 0.12 : school.kind == SchoolKind.URBAN ? 0.06 : 0.02;
            return random.nextDouble() < master ? Degree.MASTER : Degree.BACHELOR;
        }
        return random.nextDouble() < (age > 48 ? 0.3 : 0.03) ? Degree.SECONDARY : Degree.ASSOCIATE;
    }

    private Title title(SchoolDraft school, int age) {
        double u = random.nextDouble();
        double senior = school.kind == SchoolKind.URBAN ? 0.15 : 0.0;
        if (age < 25) {
            return u < 0.5 ? Title.UNRANKED : Title.THIRD_GRADE;
        }
        if (age < 30) {
            return u < 0.4 ? Title.THIRD_GRADE : Title.SECOND_GRADE;
        }
        if (age < 40) {
            return u < 0.5 ? Title.SECOND_GRADE : u < 0.95 - senior / 3 ? Title.FIRST_GRADE : Title.SENIOR;
        }
        if (age < 50) {
            return u < 0.05 ? Title.SECOND_GRADE : u < 0.75 - senior ? Title.FIRST_GRADE : Title.SENIOR;
        }
        return u < 0.05 ? Title.SECOND_GRADE : u < 0.6 - senior ? Title.FIRST_GRADE : Title.SENIOR;
    }

    private GeoPoint home(SchoolDraft school) {
        Geography geography = profile.geography();
        double u = random.nextDouble();
        double bearing = random.nextDouble() * 2 * Math.PI;
        double livesInSeat = switch (school.kind) {
            case URBAN -> 1.0;
            case TOWN -> 0.25;
            case VILLAGE -> 0.30;
        };
        if (random.nextDouble() < livesInSeat) {
            return offset(geography.seat(), (geography.urbanRadiusKm() + 2) * Math.sqrt(u), bearing);
        }
        if (school.kind == SchoolKind.VILLAGE && random.nextDouble() < 0.4) {
            return offset(township(school).centre(), 2 * Math.sqrt(u), bearing);
        }
        return offset(school.location, 3 * Math.sqrt(u), bearing);
    }

    /** Vice-principals and middle-level cadres, from the teachers aged 30 and over. */
    void appointCadres(SchoolDraft school) {
        int staff = school.size - 1;
        int vice = staff >= 90 ? 3 : staff >= 45 ? 2 : staff >= 15 ? 1 : 0;
        int middle = staff / 15;
        List<TeacherDraft> pool = new ArrayList<>();
        for (TeacherDraft t : school.teachers) {
            if (t.role == Role.TEACHER && t.age >= 30) {
                pool.add(t);
            }
        }
        shuffle(pool);
        int next = 0;
        for (int i = 0; i < vice && next < pool.size(); i++) {
            pool.get(next++).role = Role.VICE_PRINCIPAL;
        }
        for (int i = 0; i < middle && next < pool.size(); i++) {
            pool.get(next++).role = Role.MIDDLE_LEADER;
        }
    }

    private static double femaleShare(Stage stage) {
        return switch (stage) {
            case PRIMARY -> 0.70;
            case JUNIOR -> 0.58;
            case NINE_YEAR -> 0.62;
            case SENIOR -> 0.52;
        };
    }
}
