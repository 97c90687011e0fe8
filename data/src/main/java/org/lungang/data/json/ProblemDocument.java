package org.lungang.data.json;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.domain.Title;

/**
 * The problem file as written: the JSON contract of {@code docs/problem.schema.json}, one record per JSON object.
 * Fields are boxed because a file being read may lack them; the policy object maps the record components of
 * {@link org.lungang.solver.domain.RotationPolicy} by name (see {@link PolicyJson}).
 *
 * @param year the school year the rotation takes effect
 * @param distances optional travel distances between schools; where a pair is missing, the great-circle distance
 *        times the policy's road factor is used
 * @param decisions optional planner decisions: pinned moves or stays, forbidden schools, warm-start destinations
 */
public record ProblemDocument(String name, Integer year, JsonNode policy, List<SchoolDto> schools,
        List<TeacherDto> teachers, List<DistanceDto> distances, List<DecisionDto> decisions) {

    /**
     * @param posts approved teaching posts per subject
     * @param housingBeds beds of turnover housing, default 0
     * @param receivingCapacity most rotated teachers the school takes in, absent for no limit
     */
    public record SchoolDto(String id, String name, SchoolKind kind, Stage stage, Tier tier, String allianceId,
            Double latitude, Double longitude, Integer students, Map<Subject, Integer> posts, Integer housingBeds,
            Integer receivingCapacity) {
    }

    /**
     * @param homeLatitude where the teacher lives; absent means at the home school
     * @param onEstablishment default true
     */
    public record TeacherDto(String id, String name, String schoolId, Subject subject, Role role, Gender gender,
            Integer age, Integer yearsAtSchool, BackboneLevel backboneLevel, Degree degree, Title title,
            Double homeLatitude, Double homeLongitude, List<Exemption> exemptions, Boolean onEstablishment,
            Boolean volunteer, String teamId, String partnerId, List<String> preferredSchoolIds) {
    }

    /** Travel distance between two schools in km, either way. */
    public record DistanceDto(String from, String to, Double km) {
    }

    /**
     * @param toSchoolId the destination, or null for staying
     * @param pinned the solver must keep this decision
     * @param forbiddenSchoolIds schools the teacher must not be sent to
     */
    public record DecisionDto(String teacherId, String toSchoolId, Boolean pinned, List<String> forbiddenSchoolIds) {
    }

    /** The JSON field names of a record, in declaration order. */
    static Set<String> fieldsOf(Class<? extends Record> type) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return names;
    }
}
