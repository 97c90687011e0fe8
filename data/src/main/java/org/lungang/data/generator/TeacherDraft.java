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
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.RotationKind;
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
    /** When she is away on a support term ({@link ExchangesUnderway}): her home school; {@link #school} is the host. */
    SchoolDraft exchangeHome;
    int exchangeStart;
    int exchangeTerm;
    boolean wishesExtension;

    Teacher toTeacher(School homeSchool) {
        return new Teacher(id, name, homeSchool, subject, role, gender, age, years, backbone, degree, title, home,
                exemptions, onEstablishment, volunteer, teamId, partnerId, preferences);
    }

    /** The assembled teacher: at her school, or at home with a support term at her school when she is away. */
    Teacher build() {
        if (exchangeHome == null) {
            return toTeacher(school.built);
        }
        return new Teacher(id, name, exchangeHome.built, subject, role, gender, age, years, backbone, degree, title,
                home, exemptions, onEstablishment, volunteer, teamId, partnerId, preferences,
                new Exchange(school.built, RotationKind.SUPPORT, exchangeStart, exchangeTerm, false, wishesExtension),
                List.of());
    }
}
