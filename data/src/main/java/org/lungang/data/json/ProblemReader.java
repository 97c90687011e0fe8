package org.lungang.data.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.data.json.ProblemDocument.DistanceDto;
import org.lungang.data.json.ProblemDocument.ExchangeDto;
import org.lungang.data.json.ProblemDocument.HistoryDto;
import org.lungang.data.json.ProblemDocument.SchoolDto;
import org.lungang.data.json.ProblemDocument.TeacherDto;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.RotationRecord;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.domain.Title;

/**
 * Reads a problem tree in three passes: the shape and types of every object, then the references between them and the
 * rules of the roster ({@link ProblemReferences}), then the domain objects. Every problem of the first two passes is
 * collected; the third runs only on a clean file. Every input format ends here: the tables of a workbook or of CSV
 * files are turned into this tree first, and the web application uploads through the same readers.
 */
final class ProblemReader {

    private static final Set<String> TOP_FIELDS = ProblemDocument.fieldsOf(ProblemDocument.class);
    private static final Set<String> SCHOOL_FIELDS = ProblemDocument.fieldsOf(SchoolDto.class);
    private static final Set<String> TEACHER_FIELDS = ProblemDocument.fieldsOf(TeacherDto.class);
    private static final Set<String> DISTANCE_FIELDS = ProblemDocument.fieldsOf(DistanceDto.class);
    private static final Set<String> DECISION_FIELDS = ProblemDocument.fieldsOf(DecisionDto.class);
    private static final Set<String> EXCHANGE_FIELDS = ProblemDocument.fieldsOf(ExchangeDto.class);
    private static final Set<String> HISTORY_FIELDS = ProblemDocument.fieldsOf(HistoryDto.class);

    private final TreeReader reader;

    ProblemReader(String file) {
        this.reader = new TreeReader(file);
    }

    LoadedProblem read(JsonNode root) {
        if (!reader.isObject(root, "$")) {
            reader.throwIfAny();
        }
        reader.rejectUnknownFields(root, "$", TOP_FIELDS);
        String name = reader.text(root, "$", "name", true);
        Integer year = reader.integer(root, "$", "year", true, 1900);
        RotationPolicy policy = PolicyJson.read(reader, reader.field(root, "$", "policy", false), "$.policy");
        List<SchoolDto> schools = readAll(root, "schools", true, this::readSchool);
        List<TeacherDto> teachers = readAll(root, "teachers", true, this::readTeacher);
        List<DistanceDto> distances = readAll(root, "distances", false, this::readDistance);
        List<DecisionDto> decisions = readAll(root, "decisions", false, this::readDecision);
        List<HistoryDto> history = readAll(root, "history", false, this::readHistory);

        new ProblemReferences(reader, year).check(schools, teachers, distances, decisions);
        new ExchangeChecks(reader, policy, year).check(schools, teachers, decisions, history);
        reader.throwIfAny();

        RotationPlan plan = toPlan(policy, year, schools, teachers, distances, decisions, history);
        applyDecisions(plan, decisions);
        return new LoadedProblem(name, year, plan);
    }

    private interface ElementReader<T> {
        T read(JsonNode node, String path);
    }

    /** Reads each element of an array field; an element that is not an object is reported and left out. */
    private <T> List<T> readAll(JsonNode root, String field, boolean requiredNonEmpty, ElementReader<T> elementReader) {
        List<JsonNode> nodes = reader.array(root, "$", field, requiredNonEmpty);
        List<T> result = new ArrayList<>();
        if (nodes == null) {
            return result;
        }
        if (requiredNonEmpty && nodes.isEmpty()) {
            reader.error("$." + field, "must not be empty");
        }
        for (int i = 0; i < nodes.size(); i++) {
            String path = "$." + field + "[" + i + "]";
            if (reader.isObject(nodes.get(i), path)) {
                result.add(elementReader.read(nodes.get(i), path));
            } else {
                result.add(null);
            }
        }
        return result;
    }

    private SchoolDto readSchool(JsonNode node, String path) {
        reader.rejectUnknownFields(node, path, SCHOOL_FIELDS);
        Double latitude = reader.number(node, path, "latitude", true);
        Double longitude = reader.number(node, path, "longitude", true);
        checkCoordinates(path, "latitude", latitude, "longitude", longitude);
        Map<Subject, Integer> posts = new EnumMap<>(Subject.class);
        List<Map.Entry<String, JsonNode>> entries = reader.entries(node, path, "posts", true);
        if (entries != null) {
            for (Map.Entry<String, JsonNode> entry : entries) {
                String at = TreeReader.at(TreeReader.at(path, "posts"), entry.getKey());
                Subject subject = reader.enumValue(entry.getKey(), at, Subject.class);
                Integer count = reader.integer(entry.getValue(), at, 0);
                if (subject != null && count != null) {
                    posts.put(subject, count);
                }
            }
        }
        return new SchoolDto(reader.text(node, path, "id", true), reader.text(node, path, "name", false),
                reader.enumValue(node, path, "kind", SchoolKind.class, true),
                reader.enumValue(node, path, "stage", Stage.class, true),
                reader.enumValue(node, path, "tier", Tier.class, true),
                reader.text(node, path, "allianceId", false), latitude, longitude,
                reader.integer(node, path, "students", true, 0), posts,
                reader.integer(node, path, "housingBeds", false, 0),
                reader.integer(node, path, "receivingCapacity", false, 0));
    }

    private TeacherDto readTeacher(JsonNode node, String path) {
        reader.rejectUnknownFields(node, path, TEACHER_FIELDS);
        Double homeLatitude = reader.number(node, path, "homeLatitude", false);
        Double homeLongitude = reader.number(node, path, "homeLongitude", false);
        if (node.hasNonNull("homeLatitude") != node.hasNonNull("homeLongitude")) {
            String missing = node.hasNonNull("homeLatitude") ? "homeLongitude" : "homeLatitude";
            reader.error(TreeReader.at(path, missing), "give both homeLatitude and homeLongitude, or neither");
        }
        checkCoordinates(path, "homeLatitude", homeLatitude, "homeLongitude", homeLongitude);
        List<Exemption> exemptions = new ArrayList<>();
        List<JsonNode> exemptionNodes = reader.array(node, path, "exemptions", false);
        if (exemptionNodes != null) {
            for (int i = 0; i < exemptionNodes.size(); i++) {
                Exemption exemption = reader.enumValue(exemptionNodes.get(i),
                        TreeReader.at(TreeReader.at(path, "exemptions"), i), Exemption.class);
                if (exemption != null) {
                    exemptions.add(exemption);
                }
            }
        }
        return new TeacherDto(reader.text(node, path, "id", true), reader.text(node, path, "name", false),
                reader.text(node, path, "schoolId", true),
                reader.enumValue(node, path, "subject", Subject.class, true),
                reader.enumValue(node, path, "role", Role.class, true),
                reader.enumValue(node, path, "gender", Gender.class, true),
                reader.integer(node, path, "age", true, 0),
                reader.integer(node, path, "yearsAtSchool", true, 0),
                reader.enumValue(node, path, "backboneLevel", BackboneLevel.class, false),
                reader.enumValue(node, path, "degree", Degree.class, true),
                reader.enumValue(node, path, "title", Title.class, true),
                homeLatitude, homeLongitude, exemptions,
                reader.bool(node, path, "onEstablishment", false),
                reader.bool(node, path, "volunteer", false),
                reader.text(node, path, "teamId", false),
                reader.text(node, path, "partnerId", false),
                reader.texts(node, path, "preferredSchoolIds"),
                readExchange(node, path));
    }

    private ExchangeDto readExchange(JsonNode teacher, String teacherPath) {
        JsonNode node = reader.field(teacher, teacherPath, "exchange", false);
        String path = TreeReader.at(teacherPath, "exchange");
        if (node == null || node.isNull() || !reader.isObject(node, path)) {
            return null;
        }
        reader.rejectUnknownFields(node, path, EXCHANGE_FIELDS);
        return new ExchangeDto(reader.text(node, path, "hostSchoolId", true),
                reader.enumValue(node, path, "kind", RotationKind.class, true),
                reader.integer(node, path, "startYear", true, 1900),
                reader.integer(node, path, "termYears", true, Integer.MIN_VALUE),
                reader.bool(node, path, "extended", false),
                reader.bool(node, path, "wishesExtension", false));
    }

    private HistoryDto readHistory(JsonNode node, String path) {
        reader.rejectUnknownFields(node, path, HISTORY_FIELDS);
        return new HistoryDto(reader.text(node, path, "teacherId", true),
                reader.integer(node, path, "year", true, 1900),
                reader.text(node, path, "fromSchoolId", true),
                reader.text(node, path, "toSchoolId", true),
                reader.enumValue(node, path, "kind", RotationKind.class, true),
                reader.integer(node, path, "termYears", true, 1));
    }

    private DistanceDto readDistance(JsonNode node, String path) {
        reader.rejectUnknownFields(node, path, DISTANCE_FIELDS);
        Double km = reader.number(node, path, "km", true);
        if (km != null && km < 0) {
            reader.error(TreeReader.at(path, "km"), "must not be negative, was " + km);
        }
        return new DistanceDto(reader.text(node, path, "from", true), reader.text(node, path, "to", true), km);
    }

    private DecisionDto readDecision(JsonNode node, String path) {
        reader.rejectUnknownFields(node, path, DECISION_FIELDS);
        return new DecisionDto(reader.text(node, path, "teacherId", true),
                reader.text(node, path, "toSchoolId", false),
                reader.bool(node, path, "pinned", false),
                reader.texts(node, path, "forbiddenSchoolIds"),
                reader.bool(node, path, "extend", false));
    }

    private void checkCoordinates(String path, String latName, Double latitude, String lonName, Double longitude) {
        if (latitude != null && !(latitude >= -90 && latitude <= 90)) {
            reader.error(TreeReader.at(path, latName), "impossible latitude " + latitude + "; must be within -90..90");
        }
        if (longitude != null && !(longitude >= -180 && longitude <= 180)) {
            reader.error(TreeReader.at(path, lonName),
                    "impossible longitude " + longitude + "; must be within -180..180");
        }
    }

    private static RotationPlan toPlan(RotationPolicy policy, int year, List<SchoolDto> schoolDtos,
            List<TeacherDto> teacherDtos, List<DistanceDto> distances, List<DecisionDto> decisions,
            List<HistoryDto> historyDtos) {
        Map<String, School> schools = new LinkedHashMap<>();
        for (SchoolDto dto : schoolDtos) {
            schools.put(dto.id(), new School(dto.id(), dto.name(), dto.kind(), dto.stage(), dto.tier(),
                    dto.allianceId(), new GeoPoint(dto.latitude(), dto.longitude()), dto.students(), dto.posts(),
                    dto.housingBeds() == null ? 0 : dto.housingBeds(), dto.receivingCapacity()));
        }
        Map<String, List<RotationRecord>> history = new LinkedHashMap<>();
        for (HistoryDto dto : historyDtos) {
            history.computeIfAbsent(dto.teacherId(), t -> new ArrayList<>()).add(new RotationRecord(dto.year(),
                    dto.fromSchoolId(), dto.toSchoolId(), dto.kind(), dto.termYears()));
        }
        List<Teacher> teachers = new ArrayList<>(teacherDtos.size());
        for (TeacherDto dto : teacherDtos) {
            ExchangeDto x = dto.exchange();
            Exchange exchange = x == null ? null : new Exchange(schools.get(x.hostSchoolId()), x.kind(),
                    x.startYear(), x.termYears(), Boolean.TRUE.equals(x.extended()),
                    Boolean.TRUE.equals(x.wishesExtension()));
            GeoPoint home = dto.homeLatitude() == null ? null : new GeoPoint(dto.homeLatitude(), dto.homeLongitude());
            Set<Exemption> exemptions = dto.exemptions().isEmpty() ? Set.of() : EnumSet.copyOf(dto.exemptions());
            teachers.add(new Teacher(dto.id(), dto.name(), schools.get(dto.schoolId()), dto.subject(), dto.role(),
                    dto.gender(), dto.age(), dto.yearsAtSchool(),
                    dto.backboneLevel() == null ? BackboneLevel.NONE : dto.backboneLevel(), dto.degree(),
                    dto.title(), home, exemptions, dto.onEstablishment() == null || dto.onEstablishment(),
                    Boolean.TRUE.equals(dto.volunteer()), dto.teamId(), dto.partnerId(), dto.preferredSchoolIds(),
                    exchange, history.getOrDefault(dto.id(), List.of())));
        }
        Map<String, Boolean> termDecisions = new LinkedHashMap<>();
        for (DecisionDto decision : decisions) {
            if (decision.extend() != null) {
                termDecisions.put(decision.teacherId(), decision.extend());
            }
        }
        Map<String, Map<String, Double>> matrix = new LinkedHashMap<>();
        for (DistanceDto distance : distances) {
            matrix.computeIfAbsent(distance.from(), f -> new LinkedHashMap<>()).put(distance.to(), distance.km());
        }
        return RotationPlan.of(policy, new ArrayList<>(schools.values()), teachers, matrix, year, termDecisions);
    }

    private static void applyDecisions(RotationPlan plan, List<DecisionDto> decisions) {
        for (DecisionDto decision : decisions) {
            Rotation rotation = plan.rotationOf(decision.teacherId());
            rotation.setDestination(decision.toSchoolId() == null ? null : plan.schoolOf(decision.toSchoolId()));
            rotation.setPinnedByPlanner(Boolean.TRUE.equals(decision.pinned()));
            rotation.setForbiddenSchoolIds(new HashSet<>(decision.forbiddenSchoolIds()));
        }
    }
}
