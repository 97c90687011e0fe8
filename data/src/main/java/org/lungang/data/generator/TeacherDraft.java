package org.lungang.data.generator;

import java.util.EnumSet;
import java.util.List;

import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Title;

/** A teacher while she is generated. */
final class TeacherDraft {
    String id;
    String name;
    SchoolDraft school;
    Subject subject;
    Role role;
    Gender gender;
    int age;
    int years;
    BackboneLevel backbone = BackboneLevel.NONE;
    Degree degree;
    Title title;
    GeoPoint home;
    final EnumSet<Exemption> exemptions = EnumSet.noneOf(Exemption.class);
    boolean onEstablishment;
    boolean volunteer;
    boolean surplus;
    String teamId;
    String partnerId;
    List<String> preferences = List.of();

    Teacher toTeacher(School homeSchool) {
        return new Teacher(id, name, homeSchool, subject, role, gender, age, years, backbone, degree, title, home,
                exemptions, onEstablishment, volunteer, teamId, partnerId, preferences);
    }
}
