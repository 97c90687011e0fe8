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
 * @param exchange the term she is serving at another school, or null when she works at home
 * @param history her finished exchanges, oldest first
 */
public record Teacher(String id, String name, School homeSchool, Subject subject, Role role, Gender gender, int age,
        int yearsAtSchool, BackboneLevel backboneLevel, Degree degree, Title title, GeoPoint homeLocation,
        Set<Exemption> exemptions, boolean onEstablishment, boolean volunteer, String teamId, String partnerId,
        List<String> preferredSchoolIds, Exchange exchange, List<RotationRecord> history) {

    /** A teacher at home who has never been on exchange. */
    public Teacher(String id, String name, School homeSchool, Subject subject, Role role, Gender gender, int age,
            int yearsAtSchool, BackboneLevel backboneLevel, Degree degree, Title title, GeoPoint homeLocation,
            Set<Exemption> exemptions, boolean onEstablishment, boolean volunteer, String teamId, String partnerId,
            List<String> preferredSchoolIds) {
        this(id, name, homeSchool, subject, role, gender, age, yearsAtSchool, backboneLevel, degree, title,
                homeLocation, exemptions, onEstablishment, volunteer, teamId, partnerId, preferredSchoolIds, null,
                List.of());
    }

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
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * Whether she is away on exchange in this school year: her term began before it and is not over. A term that ends
     * by the year is not "away": she returns, unless the year's returns extend it ({@link TermEnds}).
     */
    public boolean isAwayIn(int year) {
        return exchange != null && !exchange.endsBy(year);
    }

    /** Whether her term of exchange is over by this school year, so that she returns or is extended. */
    public boolean termEndsBy(int year) {
        return exchange != null && exchange.endsBy(year);
    }

    /**
     * The school whose subject staffing (posts filled) she counts in while she works at {@code workplace}: there,
     * except a secondee away from home, who (as in {@link org.lungang.solver.kpi.Staffing}) takes no post at the host
     * and has left her home's staff. Null when she fills no post; principals are counted by the caller apart.
     */
    public School postSchoolAt(School workplace) {
        if (workplace != homeSchool && exchange != null && exchange.kind() == RotationKind.SECONDMENT) {
            return null;
        }
        return workplace;
    }

    /** The first school year she was back from her latest finished exchange, or null when she has none. */
    public Integer lastReturnYear() {
        Integer last = null;
        for (RotationRecord record : history) {
            if (last == null || record.returnYear() > last) {
                last = record.returnYear();
            }
        }
        return last;
    }

    /**
     * The same teacher on other copies of the schools (looked up by id): her home school and her host. For a
     * problem rebuilt with other school facts (a sweep point, next year's problem).
     */
    public Teacher onSchools(java.util.function.Function<String, School> schoolsById) {
        Exchange moved = exchange == null ? null : new Exchange(schoolsById.apply(exchange.host().getId()),
                exchange.kind(), exchange.startYear(), exchange.termYears(), exchange.extended(),
                exchange.wishesExtension());
        return new Teacher(id, name, schoolsById.apply(homeSchool.getId()), subject, role, gender, age, yearsAtSchool,
                backboneLevel, degree, title, homeLocation, exemptions, onEstablishment, volunteer, teamId, partnerId,
                preferredSchoolIds, moved, history);
    }

    /** The same teacher with another exchange (null: at home) and history; everything else kept. */
    public Teacher withExchange(Exchange otherExchange, List<RotationRecord> otherHistory) {
        return new Teacher(id, name, homeSchool, subject, role, gender, age, yearsAtSchool, backboneLevel, degree,
                title, homeLocation, exemptions, onEstablishment, volunteer, teamId, partnerId, preferredSchoolIds,
                otherExchange, otherHistory);
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
