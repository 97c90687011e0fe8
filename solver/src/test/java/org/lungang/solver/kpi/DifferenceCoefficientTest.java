package org.lungang.solver.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DifferenceCoefficientTest {

    /** The public worked example: five primary schools, their students and their library books. */
    private static final int[] STUDENTS = {45, 37, 89, 76, 55};
    private static final int[] BOOKS = {279, 137, 935, 160, 402};

    @Test
    void thePublicWorkedExampleOfBooksPerStudentGivesACoefficientOfFiftyTwoHundredths() {
        DifferenceCoefficient books = DifferenceCoefficient.ofSchools(STUDENTS, BOOKS);

        // County value 1,913 books / 302 students = 6.33 per student (countyValue is per 100 students).
        assertThat(books.countyValue() / 100).isCloseTo(6.33, within(0.005));
        assertThat(books.value()).isCloseTo(0.52, within(0.005));
    }

    @Test
    void theWorkedExamplesWeightedSquaredDifferencesAreThoseOfThePublishedTable() {
        DifferenceCoefficient books = DifferenceCoefficient.ofSchools(STUDENTS, BOOKS);
        double[] expected = {0.003, 0.85, 5.13, 4.50, 0.17};
        double sum = 0;
        for (int i = 0; i < STUDENTS.length; i++) {
            double term = books.weightedSquaredDifference(STUDENTS[i], BOOKS[i], 1);
            assertThat(term).as("school %d", i + 1).isCloseTo(expected[i], within(0.005));
            sum += term;
        }
        assertThat(sum).isCloseTo(10.65, within(0.005));
        // S = √10.65 = 3.26 books per student; S / X = 3.26 / 6.33 = 0.515.
        assertThat(Math.sqrt(sum) / (books.countyValue() / 100)).isCloseTo(books.value(), within(1e-9));
    }

    @Test
    void aSmallSchoolWeighsByItsStudentsNotAsOneSchoolAmongOthers() {
        // 3 backbone teachers at a school of 300 and at one of 100: 1.0 and 3.0 per 100 students; X = 600 / 400 = 1.5.
        // S² = 0.75 × (1.0 − 1.5)² + 0.25 × (3.0 − 1.5)² = 0.1875 + 0.5625 = 0.75; CV = 0.866 / 1.5 = 0.5774.
        // (Unweighted, the two schools would give sd 1.0 over mean 2.0 = 0.50.)
        DifferenceCoefficient cv = DifferenceCoefficient.ofSchools(new int[] {300, 100}, new int[] {3, 3});

        assertThat(cv.countyValue()).isCloseTo(1.5, within(1e-12));
        assertThat(cv.standardDeviation()).isCloseTo(Math.sqrt(0.75), within(1e-9));
        assertThat(cv.value()).isCloseTo(0.577350, within(1e-6));
    }

    @Test
    void movingATeacherFromTheSmallSchoolToTheLargeOneLowersTheCoefficient() {
        // 4 and 2 teachers: 1.333 and 2.0 per 100; S² = 0.75 × 0.1667² + 0.25 × 0.5² = 0.020833 + 0.0625 = 0.083333;
        // CV = 0.288675 / 1.5 = 0.192450.
        DifferenceCoefficient before = DifferenceCoefficient.ofSchools(new int[] {300, 100}, new int[] {3, 3});

        DifferenceCoefficient after = before.withSchoolCount(300, 3, 4).withSchoolCount(100, 3, 2);

        assertThat(after.value()).isCloseTo(0.192450, within(1e-6));
        assertThat(after).isEqualTo(DifferenceCoefficient.ofSchools(new int[] {300, 100}, new int[] {4, 2}));
    }

    @Test
    void theRunningSumsGiveTheSameCoefficientAsTheDefinition() {
        // Three schools of 200, 200 and 600 with 1, 1 and 6 teachers: X = 0.8; S² = 0.2 × 0.3² × 2 + 0.6 × 0.2² = 0.06.
        DifferenceCoefficient cv = DifferenceCoefficient.ofSchools(new int[] {200, 200, 600}, new int[] {1, 1, 6});

        assertThat(cv.students()).isEqualTo(1000);
        assertThat(cv.count()).isEqualTo(8);
        // Q = 1/200 + 1/200 + 36/600 = 0.07, in units of 1e-12.
        assertThat(cv.squares()).isEqualTo(70_000_000_000L);
        assertThat(cv.value()).isCloseTo(Math.sqrt(0.06) / 0.8, within(1e-9));
    }

    @Test
    void aGroupWithoutIndicatorTeachersHasACoefficientOfZero() {
        assertThat(DifferenceCoefficient.ofSchools(new int[] {300, 100}, new int[] {0, 0}).value()).isZero();
    }

    @Test
    void evenlySpreadTeachersHaveACoefficientOfZero() {
        assertThat(DifferenceCoefficient.ofSchools(new int[] {300, 100}, new int[] {6, 2}).value()).isZero();
    }

    @Test
    void aSchoolWithoutStudentsHasNoTerm() {
        assertThatThrownBy(() -> DifferenceCoefficient.squareTerm(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void aGroupWhoseSquaresReachSquaresAtHasThatCoefficient() {
        DifferenceCoefficient books = DifferenceCoefficient.ofSchools(STUDENTS, BOOKS);
        double q = books.squaresAt(books.count(), books.value());

        assertThat(q).isCloseTo(books.squares() / 1e12, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theRisePerSquareIsTheSlopeOfTheCoefficientInQ() {
        DifferenceCoefficient books = DifferenceCoefficient.ofSchools(STUDENTS, BOOKS);
        DifferenceCoefficient more = new DifferenceCoefficient(books.students(), books.count(),
                books.squares() + 1_000_000_000L); // Q + 0.001

        assertThat((more.value() - books.value()) / 0.001)
                .isCloseTo(books.risePerSquare(), org.assertj.core.data.Percentage.withPercentage(1));
    }
}
