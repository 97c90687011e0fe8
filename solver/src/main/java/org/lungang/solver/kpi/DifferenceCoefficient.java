package org.lungang.solver.kpi;

/**
 * The official 差异系数 of one indicator over the schools of one group (教督〔2017〕6号, and its 2012 predecessor), in
 * which every school weighs by its students. With p<sub>i</sub> the students of school i, n<sub>i</sub> its
 * indicator count, P = Σp<sub>i</sub>, N = Σn<sub>i</sub>, x<sub>i</sub> = 100·n<sub>i</sub>/p<sub>i</sub>:
 * <ul>
 * <li>county value X = 100·N/P (per 100 students);</li>
 * <li>S = √(Σ (p<sub>i</sub>/P)·(x<sub>i</sub> − X)²);</li>
 * <li>CV = S/X, 0 when N = 0 (no indicator teacher: nothing is unevenly spread).</li>
 * </ul>
 * Expanding the square gives CV² = P·Q/N² − 1 with Q = Σ n<sub>i</sub>²/p<sub>i</sub>, so the coefficient is a
 * function of three running sums: P (a constant of the problem for a group), N and Q, which is what constraint
 * collectors keep incrementally. Q is held as a long in units of 10<sup>−12</sup> ({@link #squareTerm}), so that adding
 * and removing a school's term is exact and the per-school and the incremental paths give bit-identical figures.
 * <p>
 * This is the one implementation: the KPIs, the constraints and the explanations all compute the coefficient here.
 *
 * @param students P, the students of the group's schools (schools without students are left out)
 * @param count N, the indicator count summed over those schools
 * @param squares Q = Σ n<sub>i</sub>²/p<sub>i</sub>, in units of 10<sup>−12</sup>
 */
public record DifferenceCoefficient(long students, long count, long squares) {

    /** Units of {@link #squares} per 1 of Q. */
    static final double SQUARES_SCALE = 1e12;

    /** The coefficient of no school: no students, no count. */
    public static final DifferenceCoefficient EMPTY = new DifferenceCoefficient(0, 0, 0);

    /**
     * The coefficient from per-school pairs.
     *
     * @param students students per school, all positive
     * @param counts the indicator count per school, same order
     */
    public static DifferenceCoefficient ofSchools(int[] students, int[] counts) {
        if (students.length != counts.length) {
            throw new IllegalArgumentException("One count per school: " + students.length + " schools, "
                    + counts.length + " counts");
        }
        DifferenceCoefficient sums = EMPTY;
        for (int i = 0; i < students.length; i++) {
            sums = sums.plusSchool(students[i], counts[i]);
        }
        return sums;
    }

    /**
     * A school's term of Q in units of 10<sup>−12</sup>: n²/p, rounded. Rounding each term once (not the sum) keeps
     * sums exact under adding and removing schools; the error is below 10<sup>−12</sup> per school.
     */
    public static long squareTerm(long count, long students) {
        if (students <= 0) {
            throw new IllegalArgumentException("A school without students has no per-student value");
        }
        return Math.round((double) count * count * SQUARES_SCALE / students);
    }

    /** A school's term of Q, n²/p, as a number (for linear models, which need it in units of 1). */
    public static double square(long count, long students) {
        return squareTerm(count, students) / SQUARES_SCALE;
    }

    /**
     * Q (in units of 1) at which these students with {@code count} indicator teachers have the coefficient
     * {@code coefficient}: (1 + CV²)·N²/P, from CV² = P·Q/N² − 1. A plan keeps the coefficient from rising while its
     * Q stays at most this.
     */
    public double squaresAt(double count, double coefficient) {
        return (1 + coefficient * coefficient) * count * count / students;
    }

    /**
     * How much the coefficient rises per unit of Q at these sums, N and P held: P/(2·CV·N²) (the derivative of
     * √(P·Q/N² − 1)); the coefficient taken as at least 0.01, so that a group with none stays finite.
     */
    public double risePerSquare() {
        double n = count;
        return count == 0 ? 0.0 : students / (2 * Math.max(0.01, value()) * n * n);
    }

    /** These sums with one more school. */
    public DifferenceCoefficient plusSchool(int schoolStudents, int schoolCount) {
        return new DifferenceCoefficient(students + schoolStudents, count + schoolCount,
                squares + squareTerm(schoolCount, schoolStudents));
    }

    /** These sums with one school's count changed from {@code oldCount} to {@code newCount}. */
    public DifferenceCoefficient withSchoolCount(int schoolStudents, int oldCount, int newCount) {
        return new DifferenceCoefficient(students, count - oldCount + newCount,
                squares - squareTerm(oldCount, schoolStudents) + squareTerm(newCount, schoolStudents));
    }

    /** The county value X per 100 students: 100·N/P; 0 without students. */
    public double countyValue() {
        return students == 0 ? 0.0 : 100.0 * count / students;
    }

    /** S, the student-weighted standard deviation of the schools' values per 100 students around X. */
    public double standardDeviation() {
        return value() * countyValue();
    }

    /**
     * The coefficient S/X, computed as √(P·Q/N² − 1); 0 when N = 0. Never negative (rounding below 0 is read as 0).
     */
    public double value() {
        if (count == 0) {
            return 0.0;
        }
        double n = count;
        double squared = students * (squares / SQUARES_SCALE) / (n * n) - 1.0;
        return squared <= 0 ? 0.0 : Math.sqrt(squared);
    }

    /**
     * One school's term of S² in the formula's own words: (p<sub>i</sub>/P)·(x<sub>i</sub> − X)², with values per
     * {@code per} students (100 for the teacher indicators, 1 for a per-student quantity such as books).
     */
    public double weightedSquaredDifference(int schoolStudents, int schoolCount, double per) {
        double x = per * schoolCount / schoolStudents;
        double mean = per * count / students;
        return (double) schoolStudents / students * (x - mean) * (x - mean);
    }
}
