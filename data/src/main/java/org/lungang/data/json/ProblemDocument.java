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
import org.lungang.solver.domain.RotationKind;
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
 * @param decisions optional planner decisions: pinned moves or stays, forbidden schools, warm-start destinations,
 *        extensions of terms that end
 * @param history optional finished exchanges of the teachers (交流记录), one element per exchange
 */
public record ProblemDocument(String name, Integer year, JsonNode policy, List<SchoolDto> schools,
        List<TeacherDto> teachers, List<DistanceDto> distances, List<DecisionDto> decisions,
        List<HistoryDto> history) {

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
     * @param schoolId the home school, where her personnel relation (人事关系) is, also while she is on exchange
     * @param exchange the term of exchange she is serving, absent when she works at home
     */
    public record TeacherDto(String id, String name, String schoolId, Subject subject, Role role, Gender gender,
            Integer age, Integer yearsAtSchool, BackboneLevel backboneLevel, Degree degree, Title title,
            Double homeLatitude, Double homeLongitude, List<Exemption> exemptions, Boolean onEstablishment,
            Boolean volunteer, String teamId, String partnerId, List<String> preferredSchoolIds,
            ExchangeDto exchange) {
    }

    /**
     * A term of exchange being served.
     *
     * @param hostSchoolId the school she serves at
     * @param startYear the school year the term began, before the problem's year
     * @param termYears years of the term, an extension included; at most the policy's term for the kind plus one
     *        extension
     * @param extended the term was already extended once (default false)
     * @param wishesExtension she asks to stay on when the term ends (default false)
     */
    public record ExchangeDto(String hostSchoolId, RotationKind kind, Integer startYear, Integer termYears,
            Boolean extended, Boolean wishesExtension) {
    }

    /**
     * A finished exchange.
     *
     * @param year the school year it began
     * @param fromSchoolId the home school left (may have closed since)
     * @param toSchoolId the host (may have closed since)
     */
    public record HistoryDto(String teacherId, Integer year, String fromSchoolId, String toSchoolId, RotationKind kind,
            Integer termYears) {
    }

    /** Travel distance between two schools in km, either way. */
    public record DistanceDto(String from, String to, Double km) {
    }

    /**
     * @param toSchoolId the destination, or null for staying
     * @param pinned the solver must keep this decision
     * @param forbiddenSchoolIds schools the teacher must not be sent to
     * @param extend for a teacher whose term of exchange ends by the year: true extends it, false brings her back;
     *        absent leaves it to the rule (her wish and the host's need)
     */
    public record DecisionDto(String teacherId, String toSchoolId, Boolean pinned, List<String> forbiddenSchoolIds,
            Boolean extend) {

        /** A decision on a move alone, with nothing said about a term of exchange. */
        public DecisionDto(String teacherId, String toSchoolId, Boolean pinned, List<String> forbiddenSchoolIds) {
            this(teacherId, toSchoolId, pinned, forbiddenSchoolIds, null);
        }
    }

    /** The JSON field names of a record, in declaration order. */
    static Set<String> fieldsOf(Class<? extends Record> type) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return names;
    }
}
