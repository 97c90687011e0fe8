package org.lungang.solver.domain;

import java.util.Map;

/** Lets tests in other packages set a school's staffing before the plan, as {@link RotationPlan#of} does. */
public final class TestAccess {

    private TestAccess() {
    }

    public static void initStaff(School school, Map<Subject, Integer> staffBySubject) {
        school.initStaffBefore(staffBySubject);
    }
}
