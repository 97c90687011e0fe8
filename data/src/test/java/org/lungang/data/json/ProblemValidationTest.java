package org.lungang.data.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lungang.data.json.ProblemFiles.errorsAfter;
import static org.lungang.data.json.ProblemFiles.errorsOf;
import static org.lungang.data.json.ProblemFiles.school;
import static org.lungang.data.json.ProblemFiles.teacher;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.lungang.data.InputError;

class ProblemValidationTest {

    private static void assertOnlyError(List<InputError> errors, String location, String message) {
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("bad.json");
            assertThat(error.location()).isEqualTo(location);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        List<InputError> errors = errorsOf("{\n  \"name\": \"x\",\n  \"year\": 2025,,\n}");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("bad.json");
            assertThat(error.location()).isEqualTo("line 3, column 16");
            assertThat(error.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void aTextWhereANumberBelongsIsAWrongType() {
        List<InputError> errors = errorsAfter(root -> school(root, 1).put("students", "many"));

        assertOnlyError(errors, "$.schools[1].students", "expected a whole number, found the text \"many\"");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() {
        List<InputError> errors = errorsAfter(root -> school(root, 0).put("kind", "CITY"));

        assertOnlyError(errors, "$.schools[0].kind", "unknown value \"CITY\"; allowed: URBAN, TOWN, VILLAGE");
    }

    @Test
    void anUnknownSubjectAsAPostKeyIsReportedAtThatKey() {
        List<InputError> errors = errorsAfter(root -> school(root, 0).withObject("posts").put("LATIN", 1));

        assertOnlyError(errors, "$.schools[0].posts.LATIN", "unknown value \"LATIN\"");
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 3).remove("subject"));

        assertOnlyError(errors, "$.teachers[3].subject", "missing required field");
    }

    @Test
    void anUnknownFieldIsReportedSoThatATypoIsNotSilentlyIgnored() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 2).put("yearsAtSchol", 9));

        assertOnlyError(errors, "$.teachers[2].yearsAtSchol", "unknown field");
    }

    @Test
    void aDuplicateSchoolIdIsReportedAtTheSecondSchool() {
        List<InputError> errors = errorsAfter(root -> school(root, 1).put("id", "U"));

        // P2 and M2 still name V, which no longer exists: those are reported too.
        assertThat(errors).first().satisfies(error -> {
            assertThat(error.location()).isEqualTo("$.schools[1].id");
            assertThat(error.message()).isEqualTo("duplicate school id \"U\" (first at $.schools[0])");
        });
    }

    @Test
    void aDuplicateTeacherIdIsReportedAtTheSecondTeacher() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 4).put("id", "E1"));

        assertOnlyError(errors, "$.teachers[4].id", "duplicate teacher id \"E1\" (first at $.teachers[2])");
    }

    @Test
    void anUnknownHomeSchoolIsReported() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 5).put("schoolId", "X"));

        assertOnlyError(errors, "$.teachers[5].schoolId", "unknown school id \"X\"");
    }

    @Test
    void anUnknownPartnerIsReported() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 2).put("partnerId", "NOBODY"));

        assertOnlyError(errors, "$.teachers[2].partnerId", "unknown teacher id \"NOBODY\"");
    }

    @Test
    void aPartnerWhoNamesAnotherPartnerIsReported() {
        List<InputError> errors = errorsAfter(root -> {
            teacher(root, 2).put("partnerId", "M1");
            teacher(root, 5).put("partnerId", "M2");
        });

        assertThat(errors).extracting(InputError::location)
                .containsExactly("$.teachers[2].partnerId");
        assertThat(errors.get(0).message()).contains("names another partner, \"M2\"");
    }

    @Test
    void aTeamOfOneIsReported() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 2).put("teamId", "T1"));

        assertOnlyError(errors, "$.teachers[2].teamId", "team \"T1\" has only this teacher");
    }

    @Test
    void anUnknownPreferredSchoolIsReportedAtItsIndex() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 2).putArray("preferredSchoolIds").add("V")
                .add("NOWHERE"));

        assertOnlyError(errors, "$.teachers[2].preferredSchoolIds[1]", "unknown school id \"NOWHERE\"");
    }

    @Test
    void aDecisionForAnUnknownTeacherIsReported() {
        List<InputError> errors = errorsAfter(root -> root.putArray("decisions").addObject()
                .put("teacherId", "GHOST").put("toSchoolId", "V"));

        assertOnlyError(errors, "$.decisions[0].teacherId", "unknown teacher id \"GHOST\"");
    }

    @Test
    void aDecisionToAnUnknownSchoolIsReported() {
        List<InputError> errors = errorsAfter(root -> root.putArray("decisions").addObject()
                .put("teacherId", "E1").put("toSchoolId", "MOON"));

        assertOnlyError(errors, "$.decisions[0].toSchoolId", "unknown school id \"MOON\"");
    }

    @Test
    void anUnknownForbiddenSchoolIsReported() {
        List<InputError> errors = errorsAfter(root -> {
            ObjectNode decision = root.putArray("decisions").addObject().put("teacherId", "E1");
            decision.putArray("forbiddenSchoolIds").add("MOON");
        });

        assertOnlyError(errors, "$.decisions[0].forbiddenSchoolIds[0]", "unknown school id \"MOON\"");
    }

    @Test
    void anImpossibleLatitudeIsReported() {
        List<InputError> errors = errorsAfter(root -> school(root, 0).put("latitude", 95.0));

        assertOnlyError(errors, "$.schools[0].latitude", "impossible latitude 95.0");
    }

    @Test
    void aHomeWithOnlyOneCoordinateIsReported() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 2).put("homeLatitude", 30.05));

        assertOnlyError(errors, "$.teachers[2].homeLongitude", "give both homeLatitude and homeLongitude");
    }

    @Test
    void negativeStudentsAreReported() {
        List<InputError> errors = errorsAfter(root -> school(root, 0).put("students", -5));

        assertOnlyError(errors, "$.schools[0].students", "must be at least 0, was -5");
    }

    @Test
    void negativePostsAreReported() {
        List<InputError> errors = errorsAfter(root -> school(root, 1).withObject("posts").put("ENGLISH", -1));

        assertOnlyError(errors, "$.schools[1].posts.ENGLISH", "must be at least 0, was -1");
    }

    @Test
    void aPolicyShareAboveOneIsReported() {
        List<InputError> errors = errorsAfter(root -> root.withObject("policy").put("backboneShare", 1.5));

        assertOnlyError(errors, "$.policy.backboneShare", "a share must be between 0 and 1, was 1.5");
    }

    @Test
    void anUnknownConstraintNameInTheWeightsIsReported() {
        List<InputError> errors = errorsAfter(root -> root.withObject("policy").withObject("constraintWeights")
                .put("Happiness", "0hard/0medium/1soft"));

        assertOnlyError(errors, "$.policy.constraintWeights.Happiness", "unknown constraint name; allowed: ");
        assertThat(errors.get(0).message()).contains("Commute distance");
    }

    @Test
    void anUnparsableWeightIsReportedAtItsConstraint() {
        List<InputError> errors = errorsAfter(root -> root.withObject("policy").withObject("constraintWeights")
                .put("Commute distance", "lots"));

        assertOnlyError(errors, "$.policy.constraintWeights[\"Commute distance\"]",
                "weight \"lots\" is not a score like \"0hard/0medium/5soft\"");
    }

    @Test
    void anEmptyRosterIsReported() {
        List<InputError> errors = errorsAfter(root -> root.putArray("teachers"));

        assertOnlyError(errors, "$.teachers", "must not be empty");
    }

    @Test
    void aSchoolWithoutAPrincipalIsRefusedAtTheSchoolsId() {
        List<InputError> errors = errorsAfter(root -> ((ArrayNode) root.get("teachers")).remove(1));

        assertOnlyError(errors, "$.schools[1].id",
                "school \"V\" has no principal: list its principal among the teachers with role 校长 (PRINCIPAL)");
    }

    @Test
    void aPrincipalWithAnUnknownSchoolIsReportedOnceNotAgainAsASchoolWithoutAPrincipal() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 0).put("schoolId", "X"));

        assertOnlyError(errors, "$.teachers[0].schoolId", "unknown school id \"X\"");
    }

    @Test
    void aSecondPrincipalIsRefusedAtItsRoleNamingTheFirst() {
        List<InputError> errors = errorsAfter(root -> teacher(root, 2).put("role", "PRINCIPAL"));

        assertOnlyError(errors, "$.teachers[2].role",
                "school \"U\" already has a principal, \"P1\" ($.teachers[0]); a school has exactly one");
    }

    @Test
    void everyProblemIsReportedTogether() {
        List<InputError> errors = errorsAfter(root -> {
            root.remove("year");
            school(root, 0).put("tier", "GOLD");
            teacher(root, 6).put("age", "old");
        });

        assertThat(errors).extracting(InputError::location)
                .containsExactly("$.year", "$.schools[0].tier", "$.teachers[6].age");
    }
}
