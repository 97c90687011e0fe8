package org.lungang.solver.constraints;

import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;

/** One teacher arriving at or leaving a school's subject staff. */
record StaffChange(SchoolSubject key, int incoming, int outgoing) {

    static StaffChange arriving(School school, Subject subject) {
        return new StaffChange(new SchoolSubject(school, subject), 1, 0);
    }

    static StaffChange leaving(School school, Subject subject) {
        return new StaffChange(new SchoolSubject(school, subject), 0, 1);
    }
}
