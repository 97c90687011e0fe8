package org.lungang.solver.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A teacher, cadre or principal on a school's roster: a problem fact.
 *
 * @param homeSchool the school the teacher is at now
 * @param subject the main teaching subject, the one staffing is counted in
 * @param yearsAtSchool consecutive years at the home school
 * @param homeLocation where the teacher lives, for the commute; null means at the home school
 * @param onEstablishment in post and on the establishment (在编在岗); others never rotate
 * @param volunteer asked to rotate: eligible regardless of years
 * @param teamId the team (团队交流) that must move together to one school, or null
 * @param partnerId the id of the teacher's spouse when both teach in the county, or null
 * @param preferredSchoolIds schools the teacher asked for, most wanted first
 */
public record Teacher(String id, String name, School homeSchool, Subject subject, Role role, Gender gender, int age,
        int yearsAtSchool, BackboneLevel backboneLevel, Degree degree, Title title, GeoPoint homeLocation,
        Set<Exemption> exemptions, boolean onEstablishment, boolean volunteer, String teamId, String partnerId,
        List<String> preferredSchoolIds) {

    public Teacher {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(homeSchool, "homeSchool");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(backboneLevel, "backboneLevel");
        Objects.requireNonNull(degree, "degree");
        Objects.requireNonNull(title, "title");
        name = name == null ? id : name;
        // EnumSet keeps the declaration order, so files written from a teacher are identical run to run.
        exemptions = exemptions == null || exemptions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(exemptions));
        preferredSchoolIds = preferredSchoolIds == null ? List.of() : List.copyOf(preferredSchoolIds);
    }

    /** Where the commute starts: the home address if known, otherwise the home school. */
    public GeoPoint commuteOrigin() {
        return homeLocation != null ? homeLocation : homeSchool.getLocation();
    }

    public boolean isPrincipal() {
        return role == Role.PRINCIPAL;
    }

    public boolean isCadre() {
        return role.isCadre();
    }

    // Records compare by value; teachers are identified by id alone (the record holds a mutable-free school ref).
    @Override
    public boolean equals(Object o) {
        return o instanceof Teacher other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
