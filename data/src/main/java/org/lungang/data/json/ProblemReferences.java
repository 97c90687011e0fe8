package org.lungang.data.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.data.json.ProblemDocument.DistanceDto;
import org.lungang.data.json.ProblemDocument.SchoolDto;
import org.lungang.data.json.ProblemDocument.TeacherDto;
import org.lungang.solver.domain.Role;

/**
 * The second pass of reading a problem: the references between its objects (ids unique, every id it names known,
 * partners mutual, teams of two or more) and the rules of the roster (one principal per school). Elements that the
 * first pass could not read are null and skipped; every problem is reported to the reader at its JSON path.
 */
final class ProblemReferences {

    private final TreeReader reader;
    /** The planned school year, for where a principal on exchange works; null when unknown. */
    private final Integer year;

    ProblemReferences(TreeReader reader) {
        this(reader, null);
    }

    ProblemReferences(TreeReader reader, Integer year) {
        this.reader = reader;
        this.year = year;
    }

    void check(List<SchoolDto> schools, List<TeacherDto> teachers, List<DistanceDto> distances,
            List<DecisionDto> decisions) {
        Map<String, SchoolDto> schoolsById = indexSchools(schools);
        Map<String, TeacherDto> teachersById = indexTeachers(teachers);
        checkTeacherReferences(teachers, schoolsById, teachersById);
        if (!teachers.isEmpty()) {
            // An empty roster is reported once as such, not again as a school without a principal for every school.
            checkPrincipals(schools, teachers, schoolsById);
        }
        checkDistances(distances, schoolsById);
        checkDecisions(decisions, schoolsById, teachersById);
    }

    private Map<String, SchoolDto> indexSchools(List<SchoolDto> schools) {
        return index(schools, SchoolDto::id, "schools", "school");
    }

    private Map<String, TeacherDto> indexTeachers(List<TeacherDto> teachers) {
        return index(teachers, TeacherDto::id, "teachers", "teacher");
    }

    /** The elements by id, in order; a repeated id is reported at the repeat, naming the first. */
    private <T> Map<String, T> index(List<T> elements, Function<T, String> idOf, String array, String noun) {
        Map<String, T> byId = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            T element = elements.get(i);
            String id = element == null ? null : idOf.apply(element);
            if (id != null) {
                Integer first = firstIndex.putIfAbsent(id, i);
                if (first != null) {
                    reader.error("$." + array + "[" + i + "].id", "duplicate " + noun + " id \"" + id
                            + "\" (first at $." + array + "[" + first + "])");
                } else {
                    byId.put(id, element);
                }
            }
        }
        return byId;
    }

    private void checkTeacherReferences(List<TeacherDto> teachers, Map<String, SchoolDto> schoolsById,
            Map<String, TeacherDto> teachersById) {
        Map<String, List<Integer>> teams = new LinkedHashMap<>();
        forEachRead(teachers, "teachers", (teacher, i, path) -> {
            if (teacher.schoolId() != null && !schoolsById.containsKey(teacher.schoolId())) {
                reader.error(path + ".schoolId", "unknown school id \"" + teacher.schoolId() + "\""
                        + (teacher.exchange() == null ? "" : ": the home school she returns to from her exchange at \""
                                + teacher.exchange().hostSchoolId() + "\" is not in the file"));
            }
            String partnerId = teacher.partnerId();
            if (partnerId != null) {
                TeacherDto partner = teachersById.get(partnerId);
                if (partnerId.equals(teacher.id())) {
                    reader.error(path + ".partnerId", "a teacher cannot be their own partner");
                } else if (partner == null) {
                    reader.error(path + ".partnerId", "unknown teacher id \"" + partnerId + "\"");
                } else if (partner.partnerId() != null && !partner.partnerId().equals(teacher.id())) {
                    reader.error(path + ".partnerId", "partner \"" + partnerId + "\" names another partner, \""
                            + partner.partnerId() + "\"");
                }
            }
            List<String> preferred = teacher.preferredSchoolIds();
            for (int p = 0; p < preferred.size(); p++) {
                if (!schoolsById.containsKey(preferred.get(p))) {
                    reader.error(path + ".preferredSchoolIds[" + p + "]",
                            "unknown school id \"" + preferred.get(p) + "\"");
                }
            }
            if (teacher.teamId() != null) {
                teams.computeIfAbsent(teacher.teamId(), t -> new ArrayList<>()).add(i);
            }
        });
        teams.forEach((teamId, members) -> {
            if (members.size() < 2) {
                reader.error("$.teachers[" + members.get(0) + "].teamId",
                        "team \"" + teamId + "\" has only this teacher; a team needs at least two members");
            }
        });
    }

    private void checkDistances(List<DistanceDto> distances, Map<String, SchoolDto> schoolsById) {
        Set<String> pairs = new HashSet<>();
        forEachRead(distances, "distances", (distance, i, path) -> {
            checkSchoolId(distance.from(), path + ".from", schoolsById);
            checkSchoolId(distance.to(), path + ".to", schoolsById);
            if (distance.from() != null && distance.to() != null) {
                String a = distance.from().compareTo(distance.to()) <= 0 ? distance.from() : distance.to();
                String b = a.equals(distance.from()) ? distance.to() : distance.from();
                if (!pairs.add(a + "\u0000" + b)) {
                    reader.error(path, "a second distance between \"" + distance.from() + "\" and \""
                            + distance.to() + "\"");
                }
            }
        });
    }

    private void checkDecisions(List<DecisionDto> decisions, Map<String, SchoolDto> schoolsById,
            Map<String, TeacherDto> teachersById) {
        Set<String> decided = new HashSet<>();
        forEachRead(decisions, "decisions", (decision, i, path) -> {
            if (decision.teacherId() != null) {
                if (!teachersById.containsKey(decision.teacherId())) {
                    reader.error(path + ".teacherId", "unknown teacher id \"" + decision.teacherId() + "\"");
                } else if (!decided.add(decision.teacherId())) {
                    reader.error(path + ".teacherId", "a second decision for teacher \"" + decision.teacherId()
                            + "\"");
                }
            }
            checkSchoolId(decision.toSchoolId(), path + ".toSchoolId", schoolsById);
            List<String> forbidden = decision.forbiddenSchoolIds();
            for (int f = 0; f < forbidden.size(); f++) {
                checkSchoolId(forbidden.get(f), path + ".forbiddenSchoolIds[" + f + "]", schoolsById);
            }
        });
    }

    /** A check of one element of a JSON array, given its index and its path ({@code $.array[index]}). */
    @FunctionalInterface
    private interface ElementCheck<T> {
        void check(T element, int index, String path);
    }

    /** Runs the check on every element the first pass could read; the nulls it could not are skipped. */
    private static <T> void forEachRead(List<T> elements, String array, ElementCheck<T> check) {
        for (int i = 0; i < elements.size(); i++) {
            T element = elements.get(i);
            if (element != null) {
                check.check(element, i, "$." + array + "[" + i + "]");
            }
        }
    }

    /** The school a principal leads this year: her host while a term of exchange goes on, else her own. */
    private String principalSchoolId(TeacherDto teacher) {
        ProblemDocument.ExchangeDto exchange = teacher.exchange();
        boolean away = exchange != null && exchange.hostSchoolId() != null && year != null
                && exchange.startYear() != null && exchange.termYears() != null
                && exchange.startYear() + exchange.termYears() > year;
        return away ? exchange.hostSchoolId() : teacher.schoolId();
    }

    private void checkSchoolId(String schoolId, String path, Map<String, SchoolDto> schoolsById) {
        if (schoolId != null && !schoolsById.containsKey(schoolId)) {
            reader.error(path, "unknown school id \"" + schoolId + "\"");
        }
    }

    /**
     * Every school needs exactly one principal on the roster. The solver only requires one at the end of the year,
     * and could meet that by moving a principal in; but a roster exported from the personnel system always lists
     * each school's principal, so a school without one (or with two) is a row left out or mistyped, and the
     * rotations it would force are not what the planner asked for.
     */
    private void checkPrincipals(List<SchoolDto> schools, List<TeacherDto> teachers,
            Map<String, SchoolDto> schoolsById) {
        Map<String, Integer> firstPrincipal = new HashMap<>();
        // A principal whose school id is unknown is already reported; which school lacks her cannot be told, so no
        // school is reported again as having none.
        boolean principalOfUnknownSchool = false;
        for (int i = 0; i < teachers.size(); i++) {
            TeacherDto teacher = teachers.get(i);
            if (teacher == null || teacher.role() != Role.PRINCIPAL || teacher.schoolId() == null) {
                continue;
            }
            String schoolId = principalSchoolId(teacher);
            if (!schoolsById.containsKey(schoolId)) {
                principalOfUnknownSchool = true;
                continue;
            }
            Integer first = firstPrincipal.putIfAbsent(schoolId, i);
            if (first != null) {
                reader.error("$.teachers[" + i + "].role", "school \"" + schoolId
                        + "\" already has a principal, \"" + teachers.get(first).id() + "\" ($.teachers[" + first
                        + "]); a school has exactly one");
            }
        }
        for (int i = 0; i < schools.size() && !principalOfUnknownSchool; i++) {
            SchoolDto school = schools.get(i);
            if (school != null && school.id() != null && !firstPrincipal.containsKey(school.id())) {
                reader.error("$.schools[" + i + "].id", "school \"" + school.id()
                        + "\" has no principal: list its principal among the teachers with role 校长 (PRINCIPAL)");
            }
        }
    }
}
