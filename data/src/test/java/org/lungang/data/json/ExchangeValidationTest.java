package org.lungang.data.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.data.json.ProblemFiles.errorsAfter;
import static org.lungang.data.json.ProblemFiles.teacher;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.lungang.data.InputError;
import org.lungang.solver.domain.Rotation;

/** The problem file's rules of terms of exchange (the small problem plans 2025; E1 teaches English at U). */
class ExchangeValidationTest {

    private static ObjectNode exchange(ObjectNode root, int teacher, String host, int start, int term) {
        ObjectNode exchange = teacher(root, teacher).putObject("exchange");
        exchange.put("hostSchoolId", host).put("kind", "SUPPORT").put("startYear", start).put("termYears", term);
        return exchange;
    }

    private static void assertOnlyError(List<InputError> errors, String location, String message) {
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.location()).isEqualTo(location);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void aTeacherOnExchangeIsReadWithHerHostAndCountsThere() {
        ObjectNode root = ProblemFiles.small();
        exchange(root, 2, "V", 2024, 3);

        LoadedProblem problem = ProblemFiles.read(root, "ok.json");

        Rotation e1 = problem.plan().rotationOf("E1");
        assertThat(e1.getStartSchool().getId()).isEqualTo("V");
        assertThat(e1.isCandidate()).isFalse();
        assertThat(problem.plan().schoolOf("V").staffBefore(org.lungang.solver.domain.Subject.ENGLISH)).isEqualTo(1);
    }

    @Test
    void aHostThatDoesNotExistIsReportedAtTheHostField() {
        assertOnlyError(errorsAfter(root -> exchange(root, 2, "X", 2024, 3)), "$.teachers[2].exchange.hostSchoolId",
                "unknown host school id \"X\"");
    }

    @Test
    void anExchangeAtOnesOwnSchoolIsReported() {
        assertOnlyError(errorsAfter(root -> exchange(root, 2, "U", 2024, 3)), "$.teachers[2].exchange.hostSchoolId",
                "an exchange at her own school");
    }

    @Test
    void aTermThatEndsBeforeItBeginsIsReported() {
        assertOnlyError(errorsAfter(root -> exchange(root, 2, "V", 2024, 0)), "$.teachers[2].exchange.termYears",
                "the term ends before it begins");
    }

    @Test
    void aTermThatEndedBeforeThePlannedYearIsReported() {
        assertOnlyError(errorsAfter(root -> exchange(root, 2, "V", 2020, 3)), "$.teachers[2].exchange.termYears",
                "the term ended in 2023, before the planned school year 2025");
    }

    @Test
    void aTermLongerThanThePolicyAllowsIsReported() {
        assertOnlyError(errorsAfter(root -> exchange(root, 2, "V", 2024, 5)), "$.teachers[2].exchange.termYears",
                "a term of 5 years is longer than the policy allows for SUPPORT (3 years and one extension of 1)");
    }

    @Test
    void aTermBeginningInThePlannedYearIsReported() {
        assertOnlyError(errorsAfter(root -> exchange(root, 2, "V", 2025, 3)), "$.teachers[2].exchange.startYear",
                "has not begun before the planned school year 2025");
    }

    @Test
    void anExchangedTeacherAlsoListedAsPresentAtHomeIsReported() {
        List<InputError> errors = errorsAfter(root -> {
            ObjectNode copy = teacher(root, 2).deepCopy();
            exchange(root, 2, "V", 2024, 3);
            root.withArray("teachers").add(copy);
        });

        assertThat(errors).anySatisfy(error -> {
            assertThat(error.location()).isEqualTo("$.teachers[7].id");
            assertThat(error.message()).contains("is on exchange at \"V\" and also listed as present at her home school");
        });
    }

    @Test
    void aReturnToAHomeSchoolNotInTheFileNamesTheReturn() {
        List<InputError> errors = errorsAfter(root -> {
            exchange(root, 2, "V", 2024, 1);
            teacher(root, 2).put("schoolId", "GONE");
        });

        assertThat(errors).anySatisfy(error -> {
            assertThat(error.location()).isEqualTo("$.teachers[2].schoolId");
            assertThat(error.message()).contains("the home school she returns to from her exchange at \"V\"");
        });
    }

    @Test
    void anExtensionOfATermThatDoesNotEndIsReported() {
        List<InputError> errors = errorsAfter(root -> {
            exchange(root, 2, "V", 2024, 3);
            root.putArray("decisions").addObject().put("teacherId", "E1").put("extend", true);
        });

        assertOnlyError(errors, "$.decisions[0].extend", "has no term of exchange ending by 2025");
    }

    @Test
    void thePlannerExtendsATermThatEndsAndTheTeacherStaysAtHerHost() {
        ObjectNode root = ProblemFiles.small();
        exchange(root, 2, "V", 2022, 3);
        root.putArray("decisions").addObject().put("teacherId", "E1").put("extend", true);

        LoadedProblem problem = ProblemFiles.read(root, "ok.json");

        assertThat(problem.plan().getTermEnds()).singleElement().satisfies(end -> assertThat(end.extended()).isTrue());
        assertThat(problem.plan().rotationOf("E1").getStartSchool().getId()).isEqualTo("V");
    }

    @Test
    void aHistoryNamingAnUnknownTeacherIsReported() {
        List<InputError> errors = errorsAfter(root -> root.putArray("history").addObject().put("teacherId", "NOBODY")
                .put("year", 2019).put("fromSchoolId", "U").put("toSchoolId", "V").put("kind", "SUPPORT")
                .put("termYears", 3));

        assertOnlyError(errors, "$.history[0].teacherId", "unknown teacher id \"NOBODY\"");
    }

    @Test
    void aProblemWithExchangesAndHistoryIsWrittenAndReadBackTheSame() {
        ObjectNode root = ProblemFiles.small();
        exchange(root, 2, "V", 2024, 3).put("wishesExtension", true);
        root.putArray("history").addObject().put("teacherId", "E2").put("year", 2018).put("fromSchoolId", "U")
                .put("toSchoolId", "V").put("kind", "SUPPORT").put("termYears", 3);
        LoadedProblem problem = ProblemFiles.read(root, "ok.json");

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ProblemJson.write(problem, out);
        LoadedProblem again = ProblemFiles.read(out.toString(java.nio.charset.StandardCharsets.UTF_8), "again.json");

        assertThat(again.plan().getTeachers().get(2).exchange().wishesExtension()).isTrue();
        assertThat(again.plan().getTeachers().get(3).history()).singleElement()
                .satisfies(h -> assertThat(h.returnYear()).isEqualTo(2021));
    }
}
