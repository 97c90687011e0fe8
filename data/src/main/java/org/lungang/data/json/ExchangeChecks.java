package org.lungang.data.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.data.json.ProblemDocument.ExchangeDto;
import org.lungang.data.json.ProblemDocument.HistoryDto;
import org.lungang.data.json.ProblemDocument.SchoolDto;
import org.lungang.data.json.ProblemDocument.TeacherDto;
import org.lungang.solver.domain.RotationPolicy;

/**
 * The rules of terms of exchange in a problem file, beside {@link ProblemReferences} in the one validation path every
 * format goes through: the host exists and is not her own school, the term lasts at least a year, began before the
 * planned year and has not ended before it, is no longer than the policy allows; a teacher on exchange is listed
 * once; decisions on ending terms concern a term that ends; the history names known teachers and lies in the past.
 * Every problem is reported to the reader at its JSON path.
 *
 * @param policy the year's policy, or null when it could not be read (the term length is then not checked)
 * @param year the planned school year, or null when it could not be read (the years are then not checked)
 */
record ExchangeChecks(TreeReader reader, RotationPolicy policy, Integer year) {

    void check(List<SchoolDto> schools, List<TeacherDto> teachers, List<DecisionDto> decisions,
            List<HistoryDto> history) {
        Map<String, SchoolDto> schoolsById = new HashMap<>();
        schools.stream().filter(s -> s != null && s.id() != null).forEach(s -> schoolsById.putIfAbsent(s.id(), s));
        Map<String, TeacherDto> teachersById = new HashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < teachers.size(); i++) {
            TeacherDto teacher = teachers.get(i);
            if (teacher == null) {
                continue;
            }
            String path = "$.teachers[" + i + "]";
            checkListedOnce(teachers, firstRow, teacher, i, path);
            if (teacher.id() != null) {
                teachersById.putIfAbsent(teacher.id(), teacher);
            }
            if (teacher.exchange() != null) {
                checkExchange(teacher, teacher.exchange(), TreeReader.at(path, "exchange"), schoolsById);
            }
        }
        for (int i = 0; i < decisions.size(); i++) {
            DecisionDto decision = decisions.get(i);
            if (decision != null && decision.teacherId() != null) {
                checkDecision(decision, "$.decisions[" + i + "]", teachersById.get(decision.teacherId()));
            }
        }
        for (int i = 0; i < history.size(); i++) {
            HistoryDto record = history.get(i);
            if (record != null) {
                checkHistory(record, "$.history[" + i + "]", teachersById);
            }
        }
    }

    /** A teacher away on exchange appears on her home school's roster too; the file lists her once. */
    private void checkListedOnce(List<TeacherDto> teachers, Map<String, Integer> firstRow, TeacherDto teacher, int i,
            String path) {
        if (teacher.id() == null) {
            return;
        }
        Integer first = firstRow.putIfAbsent(teacher.id(), i);
        if (first == null) {
            return;
        }
        TeacherDto other = teachers.get(first);
        if ((other.exchange() == null) != (teacher.exchange() == null)) {
            TeacherDto away = other.exchange() != null ? other : teacher;
            reader.error(path + ".id", "teacher \"" + teacher.id() + "\" is on exchange at \""
                    + away.exchange().hostSchoolId() + "\" and also listed as present at her home school ($.teachers["
                    + first + "] and here): list her once, with her exchange");
        }
    }

    private void checkExchange(TeacherDto teacher, ExchangeDto exchange, String path,
            Map<String, SchoolDto> schoolsById) {
        String host = exchange.hostSchoolId();
        if (host != null && !schoolsById.containsKey(host)) {
            reader.error(TreeReader.at(path, "hostSchoolId"), "unknown host school id \"" + host + "\"");
        } else if (host != null && host.equals(teacher.schoolId())) {
            reader.error(TreeReader.at(path, "hostSchoolId"), "an exchange at her own school \"" + host
                    + "\": the host must be another school than the home school (schoolId)");
        }
        Integer term = exchange.termYears();
        Integer start = exchange.startYear();
        if (term != null && term < 1) {
            reader.error(TreeReader.at(path, "termYears"), "the term ends before it begins: a term lasts at least one"
                    + " year, was " + term);
            return;
        }
        if (term != null && policy != null && exchange.kind() != null
                && term > policy.maxTermYears(exchange.kind())) {
            reader.error(TreeReader.at(path, "termYears"), "a term of " + term + " years is longer than the policy"
                    + " allows for " + exchange.kind() + " (" + policy.termYears(exchange.kind()) + " years"
                    + (policy.mayExtend(exchange.kind()) ? " and one extension of " + policy.extensionYears() : "")
                    + ")");
        }
        if (year == null || start == null) {
            return;
        }
        if (start >= year) {
            reader.error(TreeReader.at(path, "startYear"), "a term beginning in " + start + " has not begun before"
                    + " the planned school year " + year + ": the moves of " + year + " are the plan's, not the roster's");
        } else if (term != null && start + term < year) {
            reader.error(TreeReader.at(path, "termYears"), "the term ended in " + (start + term) + ", before the"
                    + " planned school year " + year + ": she has returned; record the exchange in the history");
        }
        if (Boolean.TRUE.equals(exchange.extended()) && policy != null && exchange.kind() != null
                && !policy.mayExtend(exchange.kind())) {
            reader.error(TreeReader.at(path, "extended"), "the policy allows no extension of a " + exchange.kind()
                    + " term");
        }
    }

    private void checkDecision(DecisionDto decision, String path, TeacherDto teacher) {
        if (teacher == null || year == null) {
            return;
        }
        ExchangeDto exchange = teacher.exchange();
        boolean ends = exchange != null && exchange.startYear() != null && exchange.termYears() != null
                && exchange.startYear() + exchange.termYears() <= year;
        boolean away = exchange != null && !ends;
        if (away && decision.toSchoolId() != null) {
            reader.error(TreeReader.at(path, "toSchoolId"), "teacher \"" + teacher.id() + "\" is on exchange at \""
                    + exchange.hostSchoolId() + "\" this year: she cannot be given a move");
        }
        if (decision.extend() == null) {
            return;
        }
        if (!ends) {
            reader.error(TreeReader.at(path, "extend"), "teacher \"" + teacher.id() + "\" has no term of exchange"
                    + " ending by " + year + ": there is nothing to extend or end");
        } else if (decision.extend() && decision.toSchoolId() != null) {
            reader.error(TreeReader.at(path, "extend"), "an extended term keeps her at \"" + exchange.hostSchoolId()
                    + "\": she cannot also move to \"" + decision.toSchoolId() + "\"");
        } else if (decision.extend() && policy != null && exchange.kind() != null
                && (!policy.mayExtend(exchange.kind()) || Boolean.TRUE.equals(exchange.extended()))) {
            reader.error(TreeReader.at(path, "extend"), Boolean.TRUE.equals(exchange.extended())
                    ? "the term was already extended once" : "the policy allows no extension of a " + exchange.kind()
                    + " term");
        }
    }

    private void checkHistory(HistoryDto record, String path, Map<String, TeacherDto> teachersById) {
        if (record.teacherId() != null && !teachersById.containsKey(record.teacherId())) {
            reader.error(TreeReader.at(path, "teacherId"), "unknown teacher id \"" + record.teacherId() + "\"");
        }
        if (record.fromSchoolId() != null && record.fromSchoolId().equals(record.toSchoolId())) {
            reader.error(TreeReader.at(path, "toSchoolId"), "an exchange at her own school \"" + record.toSchoolId()
                    + "\"");
        }
        if (year != null && record.year() != null && record.termYears() != null
                && record.year() + record.termYears() > year) {
            reader.error(TreeReader.at(path, "termYears"), "this exchange ends in " + (record.year()
                    + record.termYears()) + ", after the planned school year " + year
                    + " began: a term still being served is the teacher's exchange, not her history");
        }
    }
}
